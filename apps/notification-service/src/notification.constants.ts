/** The service's schema; its outbox and inbox live there too. */
export const NOTIFICATION_SCHEMA = 'notification';

/** Audit events of this service name `notification` as their context. */
export const AUDIT = { schema: NOTIFICATION_SCHEMA, context: 'notification' } as const;
