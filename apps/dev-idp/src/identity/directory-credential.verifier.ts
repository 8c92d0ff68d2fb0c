import { randomUUID } from 'node:crypto';
import { connect, headers, type NatsConnection } from '@nats-io/transport-node';
import { DirectorySubject, WireHeader } from '@xieshang/contracts';
import { natsConnectionOptions, type NatsConnectionConfig } from '@xieshang/platform-config';
import type { VerifyCredential } from './credential-verifier.js';
import { readCredentialReply } from './directory-reply.rules.js';

export interface DirectoryCredentialVerifier {
  verifyCredential: VerifyCredential;
  close(): Promise<void>;
}

/**
 * Asks directory-service whether a password matches, over NATS request/reply. The request is
 * framed as NestJS's NATS transport expects (`{ pattern, data, id }`), since that is what answers.
 */
export const connectDirectoryVerifier = async (nats: NatsConnectionConfig, timeoutMs: number): Promise<DirectoryCredentialVerifier> => {
  const connection: NatsConnection = await connect({ ...natsConnectionOptions(nats), name: 'dev-idp', maxReconnectAttempts: -1, waitOnFirstConnect: true });
  const verifyCredential: VerifyCredential = async (command) => {
    const id = randomUUID();
    const requestHeaders = headers();
    requestHeaders.set(WireHeader.CorrelationId, id);
    const packet = { pattern: DirectorySubject.VerifyCredential, data: command, id };
    const reply = await connection.request(DirectorySubject.VerifyCredential, JSON.stringify(packet), {
      timeout: timeoutMs,
      headers: requestHeaders,
    });
    return readCredentialReply(reply.json<unknown>());
  };
  return { verifyCredential, close: () => connection.drain() };
};
