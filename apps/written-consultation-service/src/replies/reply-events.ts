import type { EntityManager } from 'typeorm';
import { type ReplySubmittedPayload, WrittenEvent } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import { OUTBOX } from '../written.constants.js';
import { isUuid } from '../opinions/opinion-events.js';
import type { SolicitationEntity } from '../solicitations/solicitation.entity.js';
import type { ReplyEntity } from './reply.entity.js';

/**
 * `evt.written.reply.submitted.v1`, in the transaction that submits the reply: the unit of whoever
 * sent the solicitation hears of it (notification-service asks the directory which unit that is).
 */
export const recordReplySubmitted = (manager: EntityManager, reply: ReplyEntity, solicitation: SolicitationEntity, branchName: string) => {
  const payload: ReplySubmittedPayload = {
    replyId: reply.id,
    solicitationId: solicitation.id,
    title: solicitation.title,
    orgUnitId: reply.orgUnitId,
    orgUnitName: branchName,
    supplement: reply.supplementTo !== null,
    late: reply.late,
    solicitedByPersonId: isUuid(solicitation.createdBy) ? solicitation.createdBy : null,
  };
  return recordEvent(manager, { subject: WrittenEvent.ReplySubmitted, payload }, OUTBOX);
};
