import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EventEnvelope } from '@xieshang/contracts';
import { type DeadlineFiredPayload, deadlineSubject } from '@xieshang/platform-deadlines';
import { ServiceEvents } from '@xieshang/platform-runtime';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DEADLINES } from '../handling.constants.js';
import { recordStep } from './case.repository.js';
import { RUNNING } from './case.rules.js';
import { openCaseTask, unitAssignee } from './case-tasks.js';

const S = 'handling_feedback';

const casePayloadSchema = z.object({ caseId: z.uuid(), number: z.number(), title: z.string(), leadOrgUnitId: z.uuid().nullable(), dueAt: z.string() });
const recipientsSchema = z.array(z.object({ orgUnitId: z.uuid().nullable() }));

/**
 * A case's clock: before the due date the lead department is reminded; at it an unanswered case
 * escalates to the assigner and UFWD. Each deadline fires once however many replicas run; a case
 * answered in the meantime is left alone.
 */
@Injectable()
export class CaseDeadlinesSubscriber implements OnModuleInit {
  constructor(private readonly events: ServiceEvents) {}

  onModuleInit(): void {
    this.events.subscribe({
      durable: 'handling-feedback-service_case-reminder',
      filterSubjects: deadlineSubject(DEADLINES.context, 'case-reminder'),
      handler: (manager, envelope) => this.apply(manager, envelope as EventEnvelope<DeadlineFiredPayload>, 'reminder'),
    });
    this.events.subscribe({
      durable: 'handling-feedback-service_case-overdue',
      filterSubjects: deadlineSubject(DEADLINES.context, 'case-overdue'),
      handler: (manager, envelope) => this.apply(manager, envelope as EventEnvelope<DeadlineFiredPayload>, 'overdue'),
    });
  }

  private async apply(manager: EntityManager, envelope: EventEnvelope<DeadlineFiredPayload>, kind: 'reminder' | 'overdue'): Promise<void> {
    const fired = envelope.payload;
    const payload = casePayloadSchema.parse(fired.payload);
    const rows: { status: string }[] = await manager.query(`select status from ${S}.cases where id = $1`, [payload.caseId]);
    if (!rows[0] || !(RUNNING as readonly string[]).includes(rows[0].status)) return;
    const dueOn = payload.dueAt.slice(0, 10);
    const system = { id: null, name: '系统', orgUnitId: null };
    if (kind === 'reminder') {
      await recordStep(manager, payload.caseId, 'reminded', system, dueOn, new Date(fired.firedAt));
      if (payload.leadOrgUnitId) {
        await openCaseTask(manager, { caseId: payload.caseId, kind: 'handle', title: `即将到期，请按时报送办理情况：${payload.title}`, assignee: unitAssignee(payload.leadOrgUnitId, ['department']), dueOn });
      }
      return;
    }
    await recordStep(manager, payload.caseId, 'overdue-escalated', system, dueOn, new Date(fired.firedAt));
    for (const { orgUnitId } of recipientsSchema.parse(fired.recipients)) {
      if (!orgUnitId) continue;
      await openCaseTask(manager, {
        caseId: payload.caseId,
        kind: 'overdue',
        unit: orgUnitId,
        title: `逾期未报送办理情况：${payload.title}`,
        assignee: unitAssignee(orgUnitId, ['office', 'gov-office', 'ufwd']),
        dueOn: null,
      });
    }
  }
}
