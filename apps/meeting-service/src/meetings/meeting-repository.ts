import type { EntityManager } from 'typeorm';
import { AppException } from '@xieshang/platform-errors';
import { MeetingDocumentEntity } from '../documents/meeting-document.entity.js';
import { MeetingOpinionEntity } from '../opinions/meeting-opinion.entity.js';
import { PreparedOpinionEntity } from '../prepared-opinions/prepared-opinion.entity.js';
import { MeetingReadingEntity } from '../readings/reading.entity.js';
import { mayReadMeeting, type Viewer } from './meeting-access.rules.js';
import { MeetingEntity, MeetingStepEntity } from './meeting.entity.js';

/**
 * The meeting with this id, if the viewer may see it; 404 otherwise, so a party that was not
 * invited cannot tell it from one that does not exist. `lock` serialises changes to one meeting.
 */
export const findVisibleMeeting = async (manager: EntityManager, id: string, viewer: Viewer, lock = false): Promise<MeetingEntity> => {
  const query = manager.getRepository(MeetingEntity).createQueryBuilder('meeting').where('meeting.id = :id', { id });
  if (lock) query.setLock('pessimistic_write');
  const meeting = await query.getOne();
  if (!meeting || !mayReadMeeting(viewer, meeting)) throw AppException.notFound('meeting', id);
  return meeting;
};

export interface MeetingDetails {
  steps: MeetingStepEntity[];
  readings: MeetingReadingEntity[];
  preparedOpinions: PreparedOpinionEntity[];
  opinions: MeetingOpinionEntity[];
  documents: MeetingDocumentEntity[];
}

/** Everything recorded on the meeting, oldest first. */
export const detailsOf = async (manager: EntityManager, meetingId: string): Promise<MeetingDetails> => {
  const where = { meetingId };
  // One after another: the queries share the transaction's one connection.
  const steps = await manager.getRepository(MeetingStepEntity).find({ where, order: { at: 'ASC', id: 'ASC' } });
  const readings = await manager.getRepository(MeetingReadingEntity).find({ where, order: { at: 'ASC' } });
  const preparedOpinions = await manager.getRepository(PreparedOpinionEntity).find({ where, order: { createdAt: 'ASC' } });
  const opinions = await manager.getRepository(MeetingOpinionEntity).find({ where, order: { raisedAt: 'ASC', id: 'ASC' } });
  const documents = await manager.getRepository(MeetingDocumentEntity).find({ where, order: { uploadedAt: 'ASC', version: 'ASC' } });
  return { steps, readings, preparedOpinions, opinions, documents };
};
