import type { EntityManager } from 'typeorm';
import { OpinionEvent, type OpinionRecordedPayload } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import { OUTBOX } from '../written.constants.js';
import type { ReplyEntity } from '../replies/reply.entity.js';
import type { SolicitationEntity } from '../solicitations/solicitation.entity.js';
import type { SubmissionEntity } from '../submissions/submission.entity.js';

/**
 * One `evt.written.opinion.recorded.v1` per comment of a submitted reply: an opinion on a draft
 * with a drafting department goes to that department for adoption (document_revision), any other
 * is a case to assign (actionable). Recorded once, in the transaction that submits the reply.
 */
export const replyOpinions = (reply: ReplyEntity, solicitation: SolicitationEntity, branchName: string): OpinionRecordedPayload[] =>
  reply.comments.map((comment) => ({
    opinionId: comment.opinionId as string,
    source: {
      kind: 'solicitation_reply',
      recordId: solicitation.id,
      title: solicitation.title,
      section: comment.sectionKey === null ? null : (solicitation.sections.find((section) => section.key === comment.sectionKey)?.title ?? comment.sectionKey),
      draftingOrgUnitId: solicitation.draftingOrgUnitId,
    },
    partyOrgUnitId: reply.orgUnitId,
    raisedByPersonId: null,
    raisedByName: branchName,
    text: comment.text,
    suggestedTrack: solicitation.draftingOrgUnitId ? 'document_revision' : 'actionable',
    raisedAt: (reply.submittedAt as Date).toISOString(),
  }));

/** Each recommendation of a submission is an opinion; advice in one's own name names its author. */
export const submissionOpinions = (submission: SubmissionEntity, opinionIds: readonly string[], branchName: string): OpinionRecordedPayload[] =>
  submission.recommendations.map((recommendation, index) => ({
    opinionId: opinionIds[index] as string,
    source: { kind: 'submission', recordId: submission.id, title: submission.title, section: null, draftingOrgUnitId: null },
    partyOrgUnitId: submission.orgUnitId,
    raisedByPersonId: submission.collective ? null : isUuid(submission.authorId) ? submission.authorId : null,
    raisedByName: submission.collective ? branchName : submission.authorName,
    text: recommendation,
    suggestedTrack: 'actionable',
    raisedAt: (submission.submittedAt as Date).toISOString(),
  }));

export const isUuid = (value: string | null): value is string => value !== null && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const recordOpinions = async (manager: EntityManager, opinions: readonly OpinionRecordedPayload[]): Promise<void> => {
  for (const payload of opinions) await recordEvent(manager, { subject: OpinionEvent.FromWritten, payload }, OUTBOX);
};
