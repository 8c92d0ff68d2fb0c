/** The service's schema; its outbox, inbox and deadlines live there too. */
export const MEETING_SCHEMA = 'meeting';

export const OUTBOX = { schema: MEETING_SCHEMA } as const;

/** Audit events of this service name `meeting` as their context. */
export const AUDIT = { schema: MEETING_SCHEMA, context: 'meeting' } as const;

/** Deadlines fire as `evt.meeting.deadline.<kind>.v1`. */
export const DEADLINES = { schema: MEETING_SCHEMA, context: 'meeting' } as const;
