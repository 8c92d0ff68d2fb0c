/** The envelope of every JetStream event; `id` doubles as the JetStream `msgID`. */
export interface EventEnvelope<TPayload = unknown> {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  tenantId: string;
  correlationId: string;
  causationId: string | null;
  actorId: string | null;
  payload: TPayload;
}

export const EVENTS_STREAM = 'XS_EVENTS';
export const DEAD_LETTER_STREAM = 'XS_DEAD_LETTERS';

/** `evt.<context>.<aggregate>.<event>.v<N>` */
export const eventSubject = (context: string, aggregate: string, event: string, version = 1): string =>
  `evt.${context}.${aggregate}.${event}.v${version}`;

/** Where a message that kept failing is parked, with the error in its headers. */
export const deadLetterSubject = (subject: string): string => `dlq.${subject}`;
