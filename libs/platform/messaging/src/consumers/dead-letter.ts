import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { deadLetterSubject } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/** Headers a parked message carries, so an operator sees why without digging through logs. */
export const DeadLetterHeader = {
  Error: 'x-dead-letter-error',
  Consumer: 'x-dead-letter-consumer',
  Attempts: 'x-dead-letter-attempts',
  Subject: 'x-dead-letter-subject',
  StreamSequence: 'x-dead-letter-stream-sequence',
} as const;

const MAX_HEADER_LENGTH = 1_000;

/** Header values are single lines; a long stack or message is cut. */
export const describeFailure = (error: unknown): string => {
  const text =
    error instanceof AppException ? `${error.code}: ${error.message}` : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/[\r\n]+/g, ' ').slice(0, MAX_HEADER_LENGTH);
};

/**
 * Publishes the original payload and headers to `dlq.<subject>`. The msgID is fixed per consumer
 * and stream sequence, so parking the same message twice (a crash before `term`) stores it once.
 */
export const parkMessage = async (
  js: JetStreamClient,
  message: JsMsg,
  failure: { error: unknown; consumer: string; attempts: number },
): Promise<void> => {
  const headers = natsHeaders();
  for (const [name, values] of message.headers ?? []) {
    if (name.toLowerCase().startsWith('nats-')) continue;
    for (const value of values) headers.append(name, value);
  }
  headers.set(DeadLetterHeader.Error, describeFailure(failure.error));
  headers.set(DeadLetterHeader.Consumer, failure.consumer);
  headers.set(DeadLetterHeader.Attempts, String(failure.attempts));
  headers.set(DeadLetterHeader.Subject, message.subject);
  headers.set(DeadLetterHeader.StreamSequence, String(message.seq));
  await js.publish(deadLetterSubject(message.subject), message.data, {
    headers,
    msgID: `${failure.consumer}:${message.seq}`,
  });
};
