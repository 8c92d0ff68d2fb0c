import type { EntityManager } from 'typeorm';
import { PreparedOpinionEntity } from '../prepared-opinions/prepared-opinion.entity.js';
import { MeetingReadingEntity } from '../readings/reading.entity.js';
import { closeTask, taskKey } from './meeting-records.js';
import type { MeetingEntity } from './meeting.entity.js';

/**
 * The keys of every task the meeting has opened and not yet closed, as its state tells them:
 * each invited party's reading while the documents wait to be read and it has not confirmed,
 * each party leader's approval of a draft prepared opinion, the lead unit's minutes once held,
 * and the organisers' decision on a pending plan change. Read before the meeting's state moves.
 */
export const openMeetingTaskKeys = async (manager: EntityManager, meeting: MeetingEntity): Promise<string[]> => {
  const keys: string[] = [];
  if (meeting.status === 'documents_ready') {
    const read = new Set((await manager.getRepository(MeetingReadingEntity).findBy({ meetingId: meeting.id })).map((reading) => reading.orgUnitId));
    for (const orgUnitId of meeting.invitedOrgUnitIds) if (!read.has(orgUnitId)) keys.push(taskKey(meeting, 'read-documents', orgUnitId));
  }
  const drafts = await manager.getRepository(PreparedOpinionEntity).findBy({ meetingId: meeting.id, status: 'draft' });
  for (const draft of drafts) keys.push(taskKey(meeting, `approve-prepared-opinion/${draft.id}`, draft.orgUnitId));
  if (meeting.status === 'held' && meeting.leadOrgUnitId) keys.push(taskKey(meeting, 'record-minutes'));
  if (meeting.planChange) keys.push(taskKey(meeting, 'plan-change'));
  return keys;
};

/** Marks done every task the meeting still has open, so nobody is asked for what no longer happens. */
export const closeOpenMeetingTasks = async (manager: EntityManager, meeting: MeetingEntity): Promise<void> => {
  for (const key of await openMeetingTaskKeys(manager, meeting)) await closeTask(manager, key);
};
