import type { VerifiedIdentity } from '@xieshang/contracts';

/**
 * The people who signed in since dev-idp started, by subject. dev-idp keeps no user store of its
 * own: the directory vouches for a person at sign-in, and tokens are issued from what it said.
 */
export class IdentityRegistry {
  private readonly bySubject = new Map<string, VerifiedIdentity>();

  remember(identity: VerifiedIdentity): void {
    this.bySubject.set(identity.subject, identity);
  }

  find(subject: string): VerifiedIdentity | undefined {
    return this.bySubject.get(subject);
  }
}
