import type { EntityManager } from 'typeorm';
import { WrittenDeadline } from '@xieshang/contracts';
import { cancelDeadlines, scheduleDeadline } from '@xieshang/platform-deadlines';
import { DEADLINES, REMINDER_HOURS_BEFORE_DEADLINE } from '../written.constants.js';
import type { SolicitationEntity } from './solicitation.entity.js';
import { reminderAt } from './solicitation.rules.js';

const reference = (solicitationId: string) => `solicitation/${solicitationId}`;

/**
 * The reminder before the deadline and the deadline itself, addressed to the branches still
 * silent; called again whenever one answers, so the reminder reaches only those who have not.
 */
export const scheduleReplyDeadlines = async (manager: EntityManager, solicitation: SolicitationEntity, silent: readonly string[], now = new Date()): Promise<void> => {
  const payload = { solicitationId: solicitation.id, title: solicitation.title, replyDeadline: solicitation.replyDeadline.toISOString() };
  if (silent.length === 0) {
    await cancelDeadlines(manager, { reference: reference(solicitation.id) }, DEADLINES);
    return;
  }
  const remindAt = reminderAt(solicitation.replyDeadline, now, REMINDER_HOURS_BEFORE_DEADLINE);
  if (remindAt) {
    await scheduleDeadline(manager, { kind: WrittenDeadline.ReplyReminder, reference: reference(solicitation.id), dueAt: remindAt, recipients: silent, payload }, DEADLINES);
  }
  await scheduleDeadline(manager, { kind: WrittenDeadline.ReplyDue, reference: reference(solicitation.id), dueAt: solicitation.replyDeadline, recipients: silent, payload }, DEADLINES);
};

export const cancelReplyDeadlines = (manager: EntityManager, solicitationId: string) => cancelDeadlines(manager, { reference: reference(solicitationId) }, DEADLINES);
