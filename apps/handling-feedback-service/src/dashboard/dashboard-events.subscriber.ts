import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  type DistrictPlanFigures,
  type EventEnvelope,
  MeetingEvent,
  meetingEventPayloadSchema,
  PlanningEvent,
  PlanningSubject,
  planPublishedPayloadSchema,
  planRevisedPayloadSchema,
} from '@xieshang/contracts';
import { localDateTimeOf } from '@xieshang/platform-deadlines';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { ServiceEvents } from '@xieshang/platform-runtime';
import { runAsCaller, systemCaller } from '@xieshang/platform-tenancy';
import type { EntityManager } from 'typeorm';
import { HandlingSettings } from '../settings/handling-settings.js';
import { bumpCounter, setCounter } from './dashboard-counters.js';

const S = 'handling_feedback';

/**
 * The dashboard's figures from other services' events, as they arrive: the plan's standing
 * against the yearly minimums (asked of planning when the plan is published or revised) and the
 * meetings held. The inbox keeps a redelivered event from counting twice.
 */
@Injectable()
export class DashboardEventsSubscriber implements OnModuleInit {
  constructor(
    private readonly events: ServiceEvents,
    private readonly services: ServiceRequester,
    private readonly settings: HandlingSettings,
  ) {}

  onModuleInit(): void {
    for (const [durable, subject, schema] of [
      ['handling-feedback-service_plan-published', PlanningEvent.PlanPublished, planPublishedPayloadSchema],
      ['handling-feedback-service_plan-revised', PlanningEvent.PlanRevised, planRevisedPayloadSchema],
    ] as const) {
      this.events.subscribe({
        durable,
        filterSubjects: subject,
        prepare: (envelope) => this.planFigures(envelope.tenantId, schema.parse(envelope.payload).year),
        handler: (manager, _envelope, figures) => this.recordPlan(manager, figures as DistrictPlanFigures),
      });
    }
    this.events.subscribe({
      durable: 'handling-feedback-service_meeting-held',
      filterSubjects: MeetingEvent.Held,
      prepare: (envelope) => this.settings.timeZone(envelope.tenantId),
      handler: (manager, envelope, zone) => this.recordMeeting(manager, envelope, zone as string),
    });
  }

  /** Planning answers its district figures to services only: asked as the system, in the event's tenant. */
  private async planFigures(tenantId: string, year: number): Promise<DistrictPlanFigures> {
    const [figures] = await runAsCaller(systemCaller(randomUUID(), tenantId), () =>
      this.services.request<DistrictPlanFigures[]>(PlanningSubject.DistrictPlanFigures, { tenantIds: [tenantId], year }),
    );
    return figures!;
  }

  private async recordPlan(manager: EntityManager, figures: DistrictPlanFigures): Promise<void> {
    await manager.query(`delete from ${S}.dashboard_counts where year = $1 and dimension = 'plan-status'`, [figures.year]);
    if (figures.status) await setCounter(manager, figures.year, 'plan-status', figures.status, 1);
    for (const kind of ['thematic', 'research', 'briefing'] as const) {
      await setCounter(manager, figures.year, 'plan', kind, figures.minimums[kind].planned);
      await setCounter(manager, figures.year, 'plan-minimum', kind, figures.minimums[kind].required);
    }
  }

  private async recordMeeting(manager: EntityManager, envelope: EventEnvelope, zone: string): Promise<void> {
    const meeting = meetingEventPayloadSchema.parse(envelope.payload);
    const year = localDateTimeOf(new Date(meeting.startsAt), zone).year;
    await bumpCounter(manager, year, 'meetings', meeting.type);
  }
}
