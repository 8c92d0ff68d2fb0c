import type { VerifiedIdentity, VerifyCredentialCommand } from '@xieshang/contracts';

/**
 * Checks a username and password. Resolves to the person when they match, to `null` when the
 * directory refuses them; rejects only when the check could not be made (directory unreachable).
 */
export type VerifyCredential = (command: VerifyCredentialCommand) => Promise<VerifiedIdentity | null>;
