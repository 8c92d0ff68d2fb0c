import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type EventEnvelope, OpinionEvent, type OpinionRecordedPayload, opinionRecordedPayloadSchema } from '@xieshang/contracts';
import { localDateTimeOf } from '@xieshang/platform-deadlines';
import { ServiceEvents } from '@xieshang/platform-runtime';
import type { EntityManager } from 'typeorm';
import { auditChange } from '../audit.js';
import { OfficeUnitsSource } from '../directory/office-units.js';
import { insertCase, linkParty, recordStep } from '../cases/case.repository.js';
import { openTriageTask } from '../cases/commands/open-triage-task.js';
import { DashboardCounters } from '../dashboard/dashboard-counters.js';
import { HandlingSettings } from '../settings/handling-settings.js';

/** What a case needs before its transaction opens: UFWD's unit for the triage task, the tenant's zone for its year. */
interface Prepared {
  ufwd: string | null;
  zone: string;
}

const SOURCES = [
  { durable: 'handling-feedback-service_meeting-opinion', subject: OpinionEvent.FromMeeting },
  { durable: 'handling-feedback-service_written-opinion', subject: OpinionEvent.FromWritten },
] as const;

/** The first words of an opinion, as its case's title until UFWD's triage names it better. */
export const titleOf = (text: string): string => {
  const line = text.split(/\r?\n/)[0]!.trim();
  return line.length <= 60 ? line : `${line.slice(0, 59)}…`;
};

/**
 * Every opinion recorded at a meeting, an interview, in a written reply or a submission becomes
 * one case waiting for UFWD's triage. The inbox absorbs a redelivered event, and the unique
 * opinion id absorbs the same opinion published twice: never a second case.
 */
@Injectable()
export class OpinionEventsSubscriber implements OnModuleInit {
  constructor(
    private readonly events: ServiceEvents,
    private readonly offices: OfficeUnitsSource,
    private readonly counters: DashboardCounters,
    private readonly settings: HandlingSettings,
  ) {}

  onModuleInit(): void {
    for (const source of SOURCES) {
      this.events.subscribe({
        durable: source.durable,
        filterSubjects: source.subject,
        prepare: async (): Promise<Prepared> => {
          const [units, zone] = await Promise.all([this.offices.units(), this.settings.timeZone()]);
          return { ufwd: units.ufwd, zone };
        },
        handler: (manager, envelope, prepared) => this.apply(manager, envelope, prepared as Prepared),
      });
    }
  }

  private async apply(manager: EntityManager, envelope: EventEnvelope, { ufwd, zone }: Prepared): Promise<void> {
    const opinion: OpinionRecordedPayload = opinionRecordedPayloadSchema.parse(envelope.payload);
    const raisedAt = new Date(opinion.raisedAt);
    const row = await insertCase(manager, {
      opinionId: opinion.opinionId,
      title: titleOf(opinion.text),
      text: opinion.text,
      suggestedTrack: opinion.suggestedTrack,
      sourceKind: opinion.source.kind,
      sourceRecordId: opinion.source.recordId,
      sourceTitle: opinion.source.title,
      sourceSection: opinion.source.section,
      draftingOrgUnitId: opinion.source.draftingOrgUnitId,
      splitFromId: null,
      raisedAt,
      year: localDateTimeOf(raisedAt, zone).year,
    });
    if (!row) return;
    await linkParty(manager, row.id, {
      party_org_unit_id: opinion.partyOrgUnitId,
      raised_by_person_id: opinion.raisedByPersonId,
      raised_by_name: opinion.raisedByName,
      opinion_id: opinion.opinionId,
    });
    await recordStep(manager, row.id, 'registered', { id: null, name: opinion.raisedByName, orgUnitId: opinion.partyOrgUnitId }, opinion.source.title, raisedAt);
    await auditChange(manager, 'case', row.id, 'registered', null, { status: row.status, opinionId: opinion.opinionId });
    await this.counters.opinionRecorded(manager, row.year, opinion.partyOrgUnitId);
    await openTriageTask(manager, row, ufwd);
  }
}
