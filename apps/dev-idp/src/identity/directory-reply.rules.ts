import { z } from 'zod';
import { DirectoryErrorCode, isRole, isWireError, type Role, type VerifiedIdentity } from '@xieshang/contracts';

const REFUSALS: ReadonlySet<string> = new Set([DirectoryErrorCode.InvalidCredentials, DirectoryErrorCode.AccountDisabled]);

const verifiedIdentitySchema = z.object({
  subject: z.string().min(1),
  username: z.string().min(1),
  displayName: z.string(),
  tenant: z.string().min(1),
  roles: z.array(z.string()).transform((roles) => roles.filter(isRole) as Role[]),
  orgUnitId: z.string().min(1).nullable(),
});

/** Raised when the directory answered something other than a person or a refusal. */
export class DirectoryReplyError extends Error {
  override name = 'DirectoryReplyError';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Reads directory-service's answer to `directory.credential.verify`. Services reply through
 * NestJS's NATS transport (`{ response }` or `{ err }`); a bare body is read as the response.
 */
export const readCredentialReply = (reply: unknown): VerifiedIdentity | null => {
  const packet = isRecord(reply) && ('response' in reply || 'err' in reply || 'isDisposed' in reply) ? reply : undefined;
  const error = packet ? packet['err'] : isWireError(reply) ? reply : undefined;
  if (error !== undefined && error !== null) {
    if (isWireError(error) && REFUSALS.has(error.code)) return null;
    const reason = isWireError(error) ? `${error.code}: ${error.message}` : String(error);
    throw new DirectoryReplyError(`The directory could not verify the credential (${reason})`);
  }
  const parsed = verifiedIdentitySchema.safeParse(packet ? packet['response'] : reply);
  if (!parsed.success) throw new DirectoryReplyError('The directory answered with something that is not a verified identity');
  return parsed.data;
};
