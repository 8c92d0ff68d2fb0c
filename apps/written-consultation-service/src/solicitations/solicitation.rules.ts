import { type SolicitationStatus, WrittenErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/** Where each step may start: edit and send a draft, close what was sent. */
const ALLOWED_FROM: Record<'update' | 'send' | 'close', readonly SolicitationStatus[]> = {
  update: ['draft'],
  send: ['draft'],
  close: ['sent'],
};

export const assertSolicitationStep = (status: SolicitationStatus, step: keyof typeof ALLOWED_FROM): void => {
  if (!ALLOWED_FROM[step].includes(status)) {
    throw new AppException(WrittenErrorCode.SolicitationNotInState, `A ${status} solicitation cannot ${step}`, { status, allowedFrom: [...ALLOWED_FROM[step]] });
  }
};

/** A deadline already past would make every reply late before the branches see the document. */
export const assertDeadlineAhead = (deadline: Date, now: Date): void => {
  if (deadline.getTime() <= now.getTime()) {
    throw new AppException(WrittenErrorCode.ReplyDeadlinePassed, 'The reply deadline must lie ahead', {
      fields: [{ path: 'replyDeadline', message: 'must be in the future' }],
    });
  }
};

/** A reply may be drafted and submitted while the solicitation is out; a closed one takes none. */
export const assertTakesReplies = (status: SolicitationStatus): void => {
  if (status === 'closed') throw new AppException(WrittenErrorCode.SolicitationClosed, 'The solicitation is closed and takes no more replies');
  if (status !== 'sent') throw new AppException(WrittenErrorCode.SolicitationNotInState, `A ${status} solicitation takes no replies`, { status });
};

/** A reply submitted after the deadline is accepted and marked late. */
export const isLate = (submittedAt: Date, deadline: Date): boolean => submittedAt.getTime() > deadline.getTime();

/** When the reminder goes out: `hours` before the deadline, or never when that moment is already past. */
export const reminderAt = (deadline: Date, now: Date, hours: number): Date | null => {
  const at = new Date(deadline.getTime() - hours * 3_600_000);
  return at.getTime() > now.getTime() ? at : null;
};

/** The addressed branches without a submitted first reply. */
export const silentBranches = (recipients: readonly string[], answered: ReadonlySet<string>): string[] => recipients.filter((id) => !answered.has(id));
