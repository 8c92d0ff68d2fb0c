import { MEETING_KINDS, MEETING_STATUSES } from '@xieshang/contracts';

export const meetingTypeChoices = MEETING_KINDS.map((type) => ({ id: type, name: `resources.meetings.types.${type}` }));
export const meetingStatusChoices = MEETING_STATUSES.map((status) => ({ id: status, name: `resources.meetings.statuses.${status}` }));
