import { MEETING_KINDS, MEETING_PARTY_TODOS, MEETING_STATUSES } from '@xieshang/contracts';

export const meetingTypeChoices = MEETING_KINDS.map((type) => ({ id: type, name: `resources.meetings.types.${type}` }));
export const meetingStatusChoices = MEETING_STATUSES.map((status) => ({ id: status, name: `resources.meetings.statuses.${status}` }));
export const meetingTodoChoices = MEETING_PARTY_TODOS.map((todo) => ({ id: todo, name: `resources.meetings.todos.${todo}` }));
