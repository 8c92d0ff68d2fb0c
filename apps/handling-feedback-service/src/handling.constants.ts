/** The service's schema; its outbox, inbox and deadlines live there too. */
export const HANDLING_SCHEMA = 'handling_feedback';

export const OUTBOX = { schema: HANDLING_SCHEMA } as const;

/** Audit events of this service name `handling-feedback` as their context. */
export const AUDIT = { schema: HANDLING_SCHEMA, context: 'handling-feedback' } as const;

/** Deadlines fire as `evt.handling-feedback.deadline.<kind>.v1`. */
export const DEADLINES = { schema: HANDLING_SCHEMA, context: 'handling-feedback' } as const;
