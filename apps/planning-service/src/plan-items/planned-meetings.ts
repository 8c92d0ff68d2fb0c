import type { PlannedMeeting } from '@xieshang/contracts';
import type { PlanItemEntity } from './plan-item.entity.js';

/** The plan's meeting items as its events carry them, so meeting-service holds each meeting without asking back. */
export const plannedMeetings = (items: readonly PlanItemEntity[]): PlannedMeeting[] =>
  items
    .filter((item) => item.form === 'meeting' && item.meetingType)
    .map((item) => ({
      itemId: item.id,
      topic: item.topic,
      meetingType: item.meetingType!,
      plannedDate: item.plannedDate,
      plannedMonth: item.plannedMonth,
      leadOrgUnitId: item.leadOrgUnitId,
      participantOrgUnitIds: [...item.participantOrgUnitIds],
      cancelled: item.status === 'cancelled',
    }));
