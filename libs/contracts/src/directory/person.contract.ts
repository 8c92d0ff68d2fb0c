import { z } from 'zod';
import { text } from '../common/primitives.js';
import type { Role } from '../common/roles.js';
import type { OrgUnitKind } from './org-unit-kind.js';

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
  /** The person's district, with the clock its dates are shown on (`tenant.timeZone`, inherited from its city). */
  tenant: TenantRef & { timeZone: string };
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
