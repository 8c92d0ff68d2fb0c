import { Injectable } from '@nestjs/common';
import { type SolicitationSentPayload, type SolicitationView, solicitationRefSchema, WrittenEvent } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import { localDay } from '@xieshang/platform-deadlines';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { SettingsClient } from '@xieshang/platform-runtime';
import { currentCaller } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { requireRole, SOLICITORS } from '../../access.rules.js';
import { auditChange } from '../../audit.js';
import { DirectoryClient } from '../../directory/directory-client.js';
import { answerTaskKey, closeTask, openTask } from '../../tasks.js';
import { OUTBOX } from '../../written.constants.js';
import { cancelReplyDeadlines, scheduleReplyDeadlines } from '../solicitation-deadlines.js';
import { SolicitationEntity } from '../solicitation.entity.js';
import { findVisibleSolicitation, firstRepliesOf, openingsOf } from '../solicitation-repository.js';
import { assertDeadlineAhead, assertSolicitationStep, silentBranches } from '../solicitation.rules.js';
import { solicitationRecord, toSolicitationView } from '../solicitation-view.js';

/** Sending a draft to its branches, and closing it once UFWD has what it needs. */
@Injectable()
export class SolicitationTransitionHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: DirectoryClient,
    private readonly settings: SettingsClient,
  ) {}

  /** Each branch gets a task to answer by the deadline; the reminder and the deadline are scheduled. */
  async send({ id }: z.infer<typeof solicitationRefSchema>): Promise<SolicitationView> {
    const caller = currentCaller();
    requireRole(caller.roles, SOLICITORS, 'send a solicitation');
    const recipients = await this.database.run(async (manager) => (await findVisibleSolicitation(manager, id, caller)).recipientOrgUnitIds);
    const [names, zone] = await Promise.all([this.directory.names(recipients), this.settings.timeZone()]);
    return this.database.write(async (manager) => {
      const solicitation = await findVisibleSolicitation(manager, id, caller, true);
      assertSolicitationStep(solicitation.status, 'send');
      const now = new Date();
      assertDeadlineAhead(solicitation.replyDeadline, now);
      const before = solicitationRecord(solicitation);
      Object.assign(solicitation, { status: 'sent', sentAt: now });
      const saved = await manager.getRepository(SolicitationEntity).save(solicitation);
      await scheduleReplyDeadlines(manager, saved, saved.recipientOrgUnitIds, now);
      const payload: SolicitationSentPayload = {
        solicitationId: saved.id,
        title: saved.title,
        recipientOrgUnitIds: saved.recipientOrgUnitIds,
        replyDeadline: saved.replyDeadline.toISOString(),
      };
      await recordEvent(manager, { subject: WrittenEvent.SolicitationSent, payload }, OUTBOX);
      for (const orgUnitId of saved.recipientOrgUnitIds) {
        await openTask(manager, {
          taskKey: answerTaskKey(saved.id, orgUnitId),
          kind: 'written.solicitation.answer',
          title: `书面征求意见：${saved.title}`,
          assignee: { orgUnitId, roles: ['party-member', 'party-leader'] },
          resource: 'solicitations',
          id: saved.id,
          dueOn: localDay(saved.replyDeadline, zone),
        });
      }
      await auditChange(manager, 'solicitation', id, 'sent', before, solicitationRecord(saved));
      return toSolicitationView(saved, [], [], names, caller);
    });
  }

  /** No more replies: the deadlines are cancelled and the silent branches' tasks closed. */
  async close({ id }: z.infer<typeof solicitationRefSchema>): Promise<SolicitationView> {
    const caller = currentCaller();
    requireRole(caller.roles, SOLICITORS, 'close a solicitation');
    const recipients = await this.database.run(async (manager) => (await findVisibleSolicitation(manager, id, caller)).recipientOrgUnitIds);
    const names = await this.directory.names(recipients);
    return this.database.write(async (manager) => {
      const solicitation = await findVisibleSolicitation(manager, id, caller, true);
      assertSolicitationStep(solicitation.status, 'close');
      const before = solicitationRecord(solicitation);
      Object.assign(solicitation, { status: 'closed', closedAt: new Date() });
      const saved = await manager.getRepository(SolicitationEntity).save(solicitation);
      await cancelReplyDeadlines(manager, id);
      const replies = await firstRepliesOf(manager, [id]);
      for (const orgUnitId of silentBranches(saved.recipientOrgUnitIds, new Set(replies.map((reply) => reply.orgUnitId)))) {
        await closeTask(manager, answerTaskKey(id, orgUnitId));
      }
      await auditChange(manager, 'solicitation', id, 'closed', before, solicitationRecord(saved));
      return toSolicitationView(saved, (await openingsOf(manager, [id])).get(id) ?? [], replies, names, caller);
    });
  }
}
