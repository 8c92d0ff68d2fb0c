import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { CommonErrorCode, createReplyCommandSchema, type ReplyView, updateReplyCommandSchema, WrittenErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { PARTY_ROLES, requireOwnBranch, requireRole } from '../../access.rules.js';
import { auditChange } from '../../audit.js';
import { DirectoryClient } from '../../directory/directory-client.js';
import { findVisibleSolicitation, firstReplyOfBranch } from '../../solicitations/solicitation-repository.js';
import { assertTakesReplies } from '../../solicitations/solicitation.rules.js';
import { ReplyEntity } from '../reply.entity.js';
import { findVisibleReply } from '../reply-repository.js';
import { assertKnownSections, assertReplyStep } from '../reply.rules.js';
import { replyRecord, toReplyView } from '../reply-view.js';

const isUniqueViolation = (error: unknown): boolean => error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

const stored = (comments: readonly { sectionKey: string | null; text: string }[]) => comments.map((comment) => ({ ...comment, opinionId: null }));

/** A branch's members draft its reply (or a supplement to the submitted one), comment by comment, section by section. */
@Injectable()
export class DraftReplyHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: DirectoryClient,
  ) {}

  async create(command: z.infer<typeof createReplyCommandSchema>): Promise<ReplyView> {
    const caller = currentCaller();
    requireRole(caller.roles, PARTY_ROLES, 'draft a reply');
    const orgUnitId = requireOwnBranch(caller.orgUnitId, 'draft a reply');
    const names = await this.directory.names([orgUnitId]);
    try {
      return await this.database.write(async (manager) => {
        // 404 for a branch the document was not sent to: it cannot tell the solicitation exists.
        const solicitation = await findVisibleSolicitation(manager, command.solicitationId, caller);
        if (!solicitation.recipientOrgUnitIds.includes(orgUnitId)) throw AppException.notFound('solicitation', command.solicitationId);
        assertTakesReplies(solicitation.status);
        assertKnownSections(command.comments, solicitation.sections.map((section) => section.key));
        if (command.supplementTo) {
          const first = await firstReplyOfBranch(manager, solicitation.id, orgUnitId);
          if (!first || first.id !== command.supplementTo || first.status !== 'submitted') {
            throw new AppException(WrittenErrorCode.ReplyNotInState, 'A supplement follows the branch’s submitted reply', {
              fields: [{ path: 'supplementTo', message: 'must be this branch’s submitted reply' }],
            });
          }
        }
        const repository = manager.getRepository(ReplyEntity);
        const reply = await repository.save(
          repository.create({
            solicitationId: solicitation.id,
            orgUnitId,
            supplementTo: command.supplementTo,
            status: 'draft',
            noComment: command.noComment,
            comments: stored(command.comments),
            authorId: caller.personId,
            authorName: nameOf(caller),
          }),
        );
        await auditChange(manager, 'reply', reply.id, 'created', null, replyRecord(reply));
        return toReplyView(reply, names);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppException(WrittenErrorCode.ReplyExists, 'The branch already has a reply to this solicitation; edit it or add a supplement');
      throw error;
    }
  }

  async update({ id, version, ...fields }: z.infer<typeof updateReplyCommandSchema>): Promise<ReplyView> {
    const caller = currentCaller();
    requireRole(caller.roles, PARTY_ROLES, 'edit a reply');
    const names = await this.directory.names(caller.orgUnitId ? [caller.orgUnitId] : []);
    return this.database.write(async (manager) => {
      const reply = await findVisibleReply(manager, id, { roles: [], orgUnitId: caller.orgUnitId }, true);
      assertReplyStep(reply.status, 'update');
      if (reply.version !== version) throw new AppException(CommonErrorCode.VersionConflict, 'The reply changed since it was read', { currentVersion: reply.version });
      const solicitation = await findVisibleSolicitation(manager, reply.solicitationId, caller);
      assertTakesReplies(solicitation.status);
      assertKnownSections(fields.comments, solicitation.sections.map((section) => section.key));
      const before = replyRecord(reply);
      Object.assign(reply, { noComment: fields.noComment, comments: stored(fields.comments) });
      const saved = await manager.getRepository(ReplyEntity).save(reply);
      await auditChange(manager, 'reply', id, 'updated', before, replyRecord(saved));
      return toReplyView(saved, names);
    });
  }
}
