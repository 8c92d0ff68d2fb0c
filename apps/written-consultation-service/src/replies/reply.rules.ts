import { type ReplyStatus, WrittenErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

type Step = 'update' | 'request-approval' | 'return' | 'submit';

const ALLOWED_FROM: Record<Step, readonly ReplyStatus[]> = {
  update: ['draft', 'awaiting_leader'],
  'request-approval': ['draft'],
  return: ['awaiting_leader'],
  submit: ['draft', 'awaiting_leader'],
};

/** A submitted reply is final: every step says so with its own code, so the console can offer a supplement. */
export const assertReplyStep = (status: ReplyStatus, step: Step): void => {
  if (status === 'submitted') throw new AppException(WrittenErrorCode.ReplySubmitted, 'The reply was submitted and cannot change; add a supplement instead');
  if (!ALLOWED_FROM[step].includes(status)) {
    throw new AppException(WrittenErrorCode.ReplyNotInState, `A ${status} reply cannot ${step}`, { status, allowedFrom: [...ALLOWED_FROM[step]] });
  }
};

/** Every comment names a section of the document (or none, for the whole). */
export const assertKnownSections = (comments: readonly { sectionKey: string | null }[], sectionKeys: readonly string[]): void => {
  const fields = comments.flatMap((comment, index) =>
    comment.sectionKey === null || sectionKeys.includes(comment.sectionKey) ? [] : [{ path: `comments.${index}.sectionKey`, message: 'not a section of the document' }],
  );
  if (fields.length > 0) throw new AppException(WrittenErrorCode.UnknownSection, 'A comment names a section the document does not have', { fields });
};

/** A reply says something or says 无意见, not both and not neither. */
export const assertReplyContent = (reply: { noComment: boolean; comments: readonly unknown[] }): void => {
  if (reply.noComment === reply.comments.length > 0) {
    throw new AppException(WrittenErrorCode.EmptyReply, reply.noComment ? 'A "no comment" reply carries no comments' : 'A reply has comments or says "no comment"', {
      fields: [{ path: 'comments', message: reply.noComment ? 'must be empty with noComment' : 'at least one comment, or noComment' }],
    });
  }
};
