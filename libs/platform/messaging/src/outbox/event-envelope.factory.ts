import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@xieshang/contracts';
import type { Caller } from '@xieshang/platform-tenancy';

/** An event a handler wants to announce; the subject names it (`evt.<context>.<aggregate>.<event>.v<N>`). */
export interface NewEvent<TPayload = unknown> {
  subject: string;
  payload: TPayload;
  /** Defaults to the `v<N>` of the subject. */
  version?: number;
}

const EVENT_SUBJECT = /^evt\.[a-z0-9-]+(?:\.[a-z0-9-]+){2,}$/;
const VERSION_SUFFIX = /\.v(\d+)$/;

/**
 * Builds the envelope of an event raised by the given caller. The type is the subject
 * without its `evt.` prefix and version suffix; a version that contradicts the subject is refused.
 */
export const buildEnvelope = <TPayload>(
  event: NewEvent<TPayload>,
  context: Caller & { tenantId: string },
  now: Date = new Date(),
): EventEnvelope<TPayload> => {
  if (!EVENT_SUBJECT.test(event.subject)) throw new Error(`Not an event subject: ${event.subject}`);
  const suffix = VERSION_SUFFIX.exec(event.subject);
  const subjectVersion = suffix ? Number(suffix[1]) : undefined;
  if (event.version !== undefined && subjectVersion !== undefined && event.version !== subjectVersion) {
    throw new Error(`Event ${event.subject} cannot carry version ${event.version}`);
  }
  return {
    id: randomUUID(),
    type: event.subject.replace(/^evt\./, '').replace(VERSION_SUFFIX, ''),
    version: event.version ?? subjectVersion ?? 1,
    occurredAt: now.toISOString(),
    tenantId: context.tenantId,
    correlationId: context.correlationId,
    causationId: context.causationId ?? null,
    actorId: context.personId,
    payload: event.payload,
  };
};
