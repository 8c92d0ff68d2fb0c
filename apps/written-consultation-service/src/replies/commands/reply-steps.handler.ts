import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { replyRefSchema, type ReplyView, returnReplyCommandSchema, submitReplyCommandSchema } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { PARTY_ROLES, requireOwnBranch, requireRole } from '../../access.rules.js';
import { auditChange } from '../../audit.js';
import { DirectoryClient } from '../../directory/directory-client.js';
import { recordOpinions, replyOpinions } from '../../opinions/opinion-events.js';
import { scheduleReplyDeadlines } from '../../solicitations/solicitation-deadlines.js';
import { findVisibleSolicitation, firstRepliesOf } from '../../solicitations/solicitation-repository.js';
import { assertTakesReplies, isLate, silentBranches } from '../../solicitations/solicitation.rules.js';
import { answerTaskKey, approveReplyTaskKey, closeTask, openTask } from '../../tasks.js';
import { ReplyEntity } from '../reply.entity.js';
import { recordReplySubmitted } from '../reply-events.js';
import { findVisibleReply } from '../reply-repository.js';
import { assertReplyContent, assertReplyStep } from '../reply.rules.js';
import { replyRecord, toReplyView } from '../reply-view.js';

/**
 * The reply's way out of the branch: a member asks the leader, the leader returns it or approves
 * it at the branch's review (主委办公会/委员会审定) — and that approval is its submission.
 */
@Injectable()
export class ReplyStepsHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: DirectoryClient,
  ) {}

  async requestApproval({ id }: z.infer<typeof replyRefSchema>): Promise<ReplyView> {
    const caller = currentCaller();
    requireRole(caller.roles, PARTY_ROLES, 'ask for a reply’s approval');
    return this.step(id, 'request-approval', 'approval-requested', async (manager, reply) => {
      assertReplyContent(reply);
      reply.status = 'awaiting_leader';
      reply.leaderNote = null;
      await openTask(manager, {
        taskKey: approveReplyTaskKey(reply.id),
        kind: 'written.reply.approve',
        title: '审定书面协商回复意见',
        assignee: { orgUnitId: reply.orgUnitId, roles: ['party-leader'] },
        resource: 'replies',
        id: reply.id,
      });
    });
  }

  async return({ id, note }: z.infer<typeof returnReplyCommandSchema>): Promise<ReplyView> {
    const caller = currentCaller();
    requireRole(caller.roles, ['party-leader'], 'return a reply');
    return this.step(id, 'return', 'returned', async (manager, reply) => {
      reply.status = 'draft';
      reply.leaderNote = note;
      await closeTask(manager, approveReplyTaskKey(reply.id));
    });
  }

  /**
   * The leader's approval submits the reply: each comment gets its opinion id and is published
   * once; a reply after the deadline is accepted and marked late; the unit that sent the
   * solicitation is told; the reminder then reaches only the branches still silent.
   */
  async submit({ id, reviewForm, reviewedOn }: z.infer<typeof submitReplyCommandSchema>): Promise<ReplyView> {
    const caller = currentCaller();
    requireRole(caller.roles, ['party-leader'], 'approve and submit the branch’s reply');
    const branch = requireOwnBranch(caller.orgUnitId, 'submit a reply');
    const names = await this.directory.names([branch]);
    return this.step(id, 'submit', 'submitted', async (manager, reply) => {
      assertReplyContent(reply);
      const solicitation = await findVisibleSolicitation(manager, reply.solicitationId, caller, true);
      assertTakesReplies(solicitation.status);
      const now = new Date();
      Object.assign(reply, {
        status: 'submitted',
        reviewForm,
        reviewedOn,
        approvedBy: caller.personId,
        approvedByName: nameOf(caller),
        submittedAt: now,
        late: isLate(now, solicitation.replyDeadline),
        comments: reply.comments.map((comment) => ({ ...comment, opinionId: randomUUID() })),
      });
      await recordOpinions(manager, replyOpinions(reply, solicitation, names.get(branch) ?? branch));
      await recordReplySubmitted(manager, reply, solicitation, names.get(branch) ?? branch);
      await closeTask(manager, approveReplyTaskKey(reply.id));
      if (reply.supplementTo === null) {
        await closeTask(manager, answerTaskKey(solicitation.id, branch));
        const answered = new Set([...(await firstRepliesOf(manager, [solicitation.id])).map((first) => first.orgUnitId), branch]);
        await scheduleReplyDeadlines(manager, solicitation, silentBranches(solicitation.recipientOrgUnitIds, answered), now);
      }
    }, names);
  }

  private async step(
    id: string,
    step: 'request-approval' | 'return' | 'submit',
    action: string,
    change: (manager: EntityManager, reply: ReplyEntity) => Promise<void>,
    knownNames?: Map<string, string>,
  ): Promise<ReplyView> {
    const caller = currentCaller();
    const names = knownNames ?? (await this.directory.names(caller.orgUnitId ? [caller.orgUnitId] : []));
    return this.database.write(async (manager) => {
      // Only the branch's own people act on its reply; anyone else is told it does not exist.
      const reply = await findVisibleReply(manager, id, { roles: [], orgUnitId: caller.orgUnitId }, true);
      assertReplyStep(reply.status, step);
      const before = replyRecord(reply);
      await change(manager, reply);
      const saved = await manager.getRepository(ReplyEntity).save(reply);
      await auditChange(manager, 'reply', id, action, before, replyRecord(saved));
      return toReplyView(saved, names);
    });
  }
}
