import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type EventEnvelope, PlanningEvent, type PlannedMeeting, planPublishedPayloadSchema, planRevisedPayloadSchema } from '@xieshang/contracts';
import { ServiceEvents } from '@xieshang/platform-runtime';
import { currentCaller } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { cancelMeetingDeadlines, scheduleLeadWarnings } from '../meetings/lead-time-warnings.js';
import { auditMeeting, openTask, organiserAssignee, recordStep, snapshot, taskKey } from '../meetings/meeting-records.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { type LeadDays, MeetingSettings } from '../settings/meeting-settings.js';
import { moveToDay, reconcilePlannedMeeting } from './plan-meetings.rules.js';

/** What the plan says, whichever of its two events said it. */
interface PlanState {
  planId: string;
  year: number;
  revision: number;
  reason: string;
  actorName: string;
  items: PlannedMeeting[];
}

const SOURCES = [
  {
    durable: 'meeting-service_plan-published',
    subject: PlanningEvent.PlanPublished,
    state: (payload: unknown): PlanState => {
      const event: z.infer<typeof planPublishedPayloadSchema> = planPublishedPayloadSchema.parse(payload);
      return { planId: event.planId, year: event.year, revision: 1, reason: event.decisionReference ?? 'published', actorName: event.publishedByName, items: event.meetingItems ?? [] };
    },
  },
  {
    durable: 'meeting-service_plan-revised',
    subject: PlanningEvent.PlanRevised,
    state: (payload: unknown): PlanState => {
      const event = planRevisedPayloadSchema.parse(payload);
      return { planId: event.planId, year: event.year, revision: event.revision, reason: event.reason, actorName: 'planning', items: event.meetingItems ?? [] };
    },
  },
] as const;

/**
 * Each meeting item of the published plan becomes a planned meeting; a revision moves or cancels
 * those still planned, and flags those already noticed for their organiser instead of moving them.
 */
@Injectable()
export class PlanEventsSubscriber implements OnModuleInit {
  constructor(
    private readonly events: ServiceEvents,
    private readonly settings: MeetingSettings,
  ) {}

  onModuleInit(): void {
    for (const source of SOURCES) {
      this.events.subscribe({
        durable: source.durable,
        filterSubjects: source.subject,
        // Lead times come from the directory before the inbox transaction opens.
        prepare: (envelope: EventEnvelope) => this.settings.leadDays(envelope.tenantId),
        handler: (manager, envelope, prepared) => this.apply(manager, source.state(envelope.payload), prepared as LeadDays),
      });
    }
  }

  private async apply(manager: EntityManager, plan: PlanState, lead: LeadDays): Promise<void> {
    for (const item of plan.items) {
      const meeting = await manager.getRepository(MeetingEntity).createQueryBuilder('meeting').where('meeting.plan_item_id = :id', { id: item.itemId }).setLock('pessimistic_write').getOne();
      const outcome = reconcilePlannedMeeting(item, meeting);
      if (outcome.kind === 'create') await this.create(manager, plan, item);
      else if (meeting && outcome.kind === 'update') await this.follow(manager, plan, item, meeting, lead);
      else if (meeting && outcome.kind === 'cancel') await this.cancel(manager, plan, meeting);
      else if (meeting && outcome.kind === 'tell-organiser') await this.tellOrganiser(manager, plan, item, meeting);
    }
  }

  private async create(manager: EntityManager, plan: PlanState, item: PlannedMeeting): Promise<void> {
    const repository = manager.getRepository(MeetingEntity);
    const meeting = await repository.save(
      repository.create({
        type: item.meetingType,
        title: item.topic,
        origin: 'plan',
        planId: plan.planId,
        planItemId: item.itemId,
        plannedDate: item.plannedDate,
        plannedMonth: item.plannedMonth,
        year: plan.year,
        chairName: null,
        startsAt: null,
        place: null,
        leadOrgUnitId: item.leadOrgUnitId,
        organiserOrgUnitId: null,
        invitedOrgUnitIds: [...new Set(item.participantOrgUnitIds)],
        invitedPersonIds: [],
        nominees: [],
        attendance: [],
        status: 'planned',
        createdBy: currentCaller().personId,
      }),
    );
    await recordStep(manager, meeting, 'planned', currentCaller(), plan.reason, plan.actorName);
    await auditMeeting(manager, meeting, 'planned-from-plan', null, currentCaller());
  }

  private async follow(manager: EntityManager, plan: PlanState, item: PlannedMeeting, meeting: MeetingEntity, lead: LeadDays): Promise<void> {
    const before = snapshot(meeting, currentCaller());
    const startsAt = moveToDay(meeting.startsAt, meeting.plannedDate, item.plannedDate);
    Object.assign(meeting, {
      title: item.topic,
      plannedDate: item.plannedDate,
      plannedMonth: item.plannedMonth,
      startsAt,
      leadOrgUnitId: item.leadOrgUnitId ?? meeting.leadOrgUnitId,
      invitedOrgUnitIds: [...new Set(item.participantOrgUnitIds)],
    });
    const saved = await manager.getRepository(MeetingEntity).save(meeting);
    await scheduleLeadWarnings(manager, saved, lead, new Date());
    await recordStep(manager, saved, 'plan-revised', currentCaller(), plan.reason, plan.actorName);
    await auditMeeting(manager, saved, 'plan-revised', before, currentCaller());
  }

  private async cancel(manager: EntityManager, plan: PlanState, meeting: MeetingEntity): Promise<void> {
    const before = snapshot(meeting, currentCaller());
    Object.assign(meeting, { status: 'cancelled', cancelReason: plan.reason });
    const saved = await manager.getRepository(MeetingEntity).save(meeting);
    await cancelMeetingDeadlines(manager, saved, new Date());
    await recordStep(manager, saved, 'cancelled', currentCaller(), plan.reason, plan.actorName);
    await auditMeeting(manager, saved, 'cancelled-by-plan', before, currentCaller());
  }

  private async tellOrganiser(manager: EntityManager, plan: PlanState, item: PlannedMeeting, meeting: MeetingEntity): Promise<void> {
    const before = snapshot(meeting, currentCaller());
    meeting.planChange = { revision: plan.revision, reason: plan.reason, plannedDate: item.plannedDate, plannedMonth: item.plannedMonth, cancelled: item.cancelled };
    const saved = await manager.getRepository(MeetingEntity).save(meeting);
    await recordStep(manager, saved, 'plan-changed', currentCaller(), plan.reason, plan.actorName);
    await auditMeeting(manager, saved, 'plan-changed', before, currentCaller());
    const assignee = organiserAssignee(saved);
    if (assignee) {
      await openTask(manager, saved, { taskKey: taskKey(saved, 'plan-change'), kind: 'meeting.plan-change', title: saved.title, assignee, dueOn: null });
    }
  }
}
