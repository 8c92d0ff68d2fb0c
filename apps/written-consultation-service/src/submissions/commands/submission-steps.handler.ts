import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CommonErrorCode,
  escalateSubmissionCommandSchema,
  forwardSubmissionCommandSchema,
  type SubmissionEscalatedPayload,
  submissionRefSchema,
  type SubmissionView,
  submitSubmissionCommandSchema,
  WrittenErrorCode,
  WrittenEvent,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { recordEvent } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { type Caller, currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { AGGREGATORS, PARTY_ROLES, requireRole } from '../../access.rules.js';
import { auditChange } from '../../audit.js';
import { DirectoryClient } from '../../directory/directory-client.js';
import { recordOpinions, submissionOpinions } from '../../opinions/opinion-events.js';
import { approveSubmissionTaskKey, closeTask, forwardSubmissionTaskKey, openTask } from '../../tasks.js';
import { OUTBOX } from '../../written.constants.js';
import { SubmissionEntity } from '../submission.entity.js';
import { findVisibleSubmission } from '../submission-repository.js';
import { assertEscalatable, assertReviewGiven, assertSubmissionStep } from '../submission.rules.js';
import { submissionRecord, toSubmissionView } from '../submission-view.js';

type Step = 'request-approval' | 'submit' | 'forward' | 'escalate';

/**
 * A submission's way: a collective one waits for the branch leader's approval, advice in one's
 * own name goes straight out; UFWD forwards it to its addressee and may raise a research report
 * to the city.
 */
@Injectable()
export class SubmissionStepsHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: DirectoryClient,
  ) {}

  async requestApproval({ id }: z.infer<typeof submissionRefSchema>): Promise<SubmissionView> {
    requireRole(currentCaller().roles, PARTY_ROLES, 'ask for a submission’s approval');
    return this.step(id, 'request-approval', 'approval-requested', async (manager, submission) => {
      if (!submission.collective) throw new AppException(WrittenErrorCode.SubmissionNotInState, 'Advice in one’s own name needs no approval; submit it');
      submission.status = 'awaiting_leader';
      await openTask(manager, {
        taskKey: approveSubmissionTaskKey(submission.id),
        kind: 'written.submission.approve',
        title: `审定：${submission.title}`,
        assignee: { orgUnitId: submission.orgUnitId, roles: ['party-leader'] },
        resource: 'submissions',
        id: submission.id,
      });
    });
  }

  /** The leader's approval (or the author, for their own advice) sends it to UFWD; each recommendation becomes an opinion. */
  async submit({ id, reviewForm, reviewedOn }: z.infer<typeof submitSubmissionCommandSchema>): Promise<SubmissionView> {
    const caller = currentCaller();
    requireRole(caller.roles, PARTY_ROLES, 'submit');
    const ufwd = await this.directory.unitOfKind('ufwd');
    const branchNames = await this.directory.names(caller.orgUnitId ? [caller.orgUnitId] : []);
    return this.step(id, 'submit', 'submitted', async (manager, submission) => {
      if (submission.collective) {
        requireRole(caller.roles, ['party-leader'], 'approve the branch’s submission');
        assertReviewGiven(true, { reviewForm, reviewedOn });
      } else if (submission.authorId !== caller.personId) {
        throw new AppException(CommonErrorCode.Forbidden, 'Advice in one’s own name is submitted by its author');
      }
      Object.assign(submission, {
        status: 'submitted',
        reviewForm: submission.collective ? reviewForm : null,
        reviewedOn: submission.collective ? reviewedOn : null,
        approvedBy: submission.collective ? caller.personId : null,
        approvedByName: submission.collective ? nameOf(caller) : null,
        submittedAt: new Date(),
        opinionIds: submission.recommendations.map(() => randomUUID()),
      });
      await recordOpinions(manager, submissionOpinions(submission, submission.opinionIds, branchNames.get(submission.orgUnitId) ?? submission.orgUnitId));
      await closeTask(manager, approveSubmissionTaskKey(submission.id));
      if (ufwd) {
        await openTask(manager, {
          taskKey: forwardSubmissionTaskKey(submission.id),
          kind: 'written.submission.forward',
          title: `转报：${submission.title}`,
          assignee: { orgUnitId: ufwd.id, roles: ['ufwd'] },
          resource: 'submissions',
          id: submission.id,
        });
      }
    }, branchNames);
  }

  async forward({ id, note }: z.infer<typeof forwardSubmissionCommandSchema>): Promise<SubmissionView> {
    const caller = currentCaller();
    requireRole(caller.roles, AGGREGATORS, 'forward a submission');
    return this.step(id, 'forward', 'forwarded', async (manager, submission) => {
      Object.assign(submission, { status: 'forwarded', forwardedAt: new Date(), forwardedByName: nameOf(caller), forwardNote: note });
      await closeTask(manager, forwardSubmissionTaskKey(submission.id));
    });
  }

  /**
   * Raises a research report to the city (§3.3). The event carries the report; the service's own
   * consumer writes it into the parent tenant, so no transaction spans two tenants.
   */
  async escalate({ id, note }: z.infer<typeof escalateSubmissionCommandSchema>): Promise<SubmissionView> {
    const caller = currentCaller();
    requireRole(caller.roles, AGGREGATORS, 'raise a report to the city');
    const tenant = await this.directory.tenant();
    if (!tenant.parentCode) throw new AppException(WrittenErrorCode.NoParentTenant, 'This tenant has no city to raise the report to');
    const branchNames = await this.branchNames(id, caller);
    return this.step(id, 'escalate', 'escalated', async (manager, submission) => {
      assertEscalatable(submission.kind, submission.escalatedAt);
      const escalatedAt = new Date();
      Object.assign(submission, { escalatedAt, escalatedByName: nameOf(caller), cityDecision: 'received' });
      const payload: SubmissionEscalatedPayload = {
        submissionId: submission.id,
        kind: submission.kind,
        title: submission.title,
        body: submission.body,
        recommendations: submission.recommendations,
        originOrgUnitName: branchNames.get(submission.orgUnitId) ?? submission.orgUnitId,
        authorName: submission.authorName,
        escalatedByName: nameOf(caller),
        escalationNote: note,
        escalatedAt: escalatedAt.toISOString(),
      };
      await recordEvent(manager, { subject: WrittenEvent.SubmissionEscalated, payload }, OUTBOX);
    }, branchNames);
  }

  private async branchNames(id: string, caller: Caller): Promise<Map<string, string>> {
    const submission = await this.database.run((manager) => findVisibleSubmission(manager, id, caller));
    return this.directory.names([submission.orgUnitId]);
  }

  private async step(
    id: string,
    step: Step,
    action: string,
    change: (manager: EntityManager, submission: SubmissionEntity) => Promise<void>,
    knownNames?: Map<string, string>,
  ): Promise<SubmissionView> {
    const caller = currentCaller();
    const names = knownNames ?? (await this.branchNames(id, caller));
    return this.database.write(async (manager) => {
      const submission = await findVisibleSubmission(manager, id, caller, true);
      assertSubmissionStep(submission.status, step);
      const before = submissionRecord(submission);
      await change(manager, submission);
      const saved = await manager.getRepository(SubmissionEntity).save(submission);
      await auditChange(manager, 'submission', id, action, before, submissionRecord(saved));
      return toSubmissionView(saved, names);
    });
  }
}
