/** The service's schema; its outbox, inbox and deadlines live there too. */
export const WRITTEN_SCHEMA = 'written_consultation';

export const OUTBOX = { schema: WRITTEN_SCHEMA } as const;

/** Audit events of this service name `written` as their context. */
export const AUDIT = { schema: WRITTEN_SCHEMA, context: 'written' } as const;

/** Deadlines of this service fire as `evt.written.deadline.<kind>.v1`. */
export const DEADLINES = { schema: WRITTEN_SCHEMA, context: 'written' } as const;

/** The reminder to silent branches goes out this long before the reply deadline. */
export const REMINDER_HOURS_BEFORE_DEADLINE = 48;
