import { z } from 'zod';
import { text } from '../common/primitives.js';
import type { Role } from '../common/roles.js';
import type { OrgUnitKind } from './org-unit-kind.js';

/** Who is asking: the token's subject, and its username for identity providers whose subject is not ours. */
export const currentPersonQuerySchema = z.object({
  subject: text.min(1).max(255),
  username: text.min(1).max(255).optional(),
});
export type CurrentPersonQuery = z.infer<typeof currentPersonQuerySchema>;

export interface TenantRef {
  code: string;
  name: string;
}

export interface OrgUnitRef {
  id: string;
  name: string;
  kind: OrgUnitKind;
}

export interface CurrentPersonView {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  tenant: TenantRef;
  orgUnit: OrgUnitRef | null;
}

export const verifyCredentialSchema = z.object({
  username: text.min(1).max(255),
  password: text.min(1).max(1024),
});
export type VerifyCredentialCommand = z.infer<typeof verifyCredentialSchema>;

/** What an identity provider needs to issue tokens for a person whose password matched. */
export interface VerifiedIdentity {
  subject: string;
  username: string;
  displayName: string;
  tenant: string;
  roles: Role[];
  orgUnitId: string | null;
}

/** A person as administrators see them; never with the password or its hash. */
export interface PersonView {
  id: string;
  tenantId: string;
  username: string;
  displayName: string;
  orgUnitId: string | null;
  roles: Role[];
  enabled: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}
