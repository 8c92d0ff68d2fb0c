/** The service's schema; its outbox and inbox live there too. */
export const PLANNING_SCHEMA = 'planning';

export const OUTBOX = { schema: PLANNING_SCHEMA } as const;

/** Audit events of this service name `planning` as their context. */
export const AUDIT = { schema: PLANNING_SCHEMA, context: 'planning' } as const;
