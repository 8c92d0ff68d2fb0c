import { INVITATION_KINDS, type MaterialKind, type Role } from '@xieshang/contracts';

export interface MaterialAudience {
  kind: MaterialKind;
  senderId: string | null;
  senderOrgUnitId: string | null;
  recipientOrgUnitIds: readonly string[];
}

/** An invitation is for the branch's leader; other materials for all its people. */
export const recipientRoles = (kind: MaterialKind): Role[] => (INVITATION_KINDS.includes(kind) ? ['party-leader'] : ['party-member', 'party-leader']);

/** Whether the caller is among the recipients: of an addressed branch, in a role the material is for. */
export const isRecipient = (caller: { roles: readonly Role[]; orgUnitId: string | null }, material: MaterialAudience): boolean =>
  caller.orgUnitId !== null && material.recipientOrgUnitIds.includes(caller.orgUnitId) && recipientRoles(material.kind).some((role) => caller.roles.includes(role));

/** The sender's own unit sees what it sent; the recipients see what they received; nobody else sees it. */
export const maySeeMaterial = (caller: { roles: readonly Role[]; orgUnitId: string | null; personId: string | null }, material: MaterialAudience): boolean =>
  (caller.personId !== null && material.senderId === caller.personId) ||
  (caller.orgUnitId !== null && material.senderOrgUnitId === caller.orgUnitId) ||
  isRecipient(caller, material);

/** Invitations come from the leaders and the offices; materials from the offices, UFWD and departments. */
export const senderRolesFor = (kind: MaterialKind): Role[] => (INVITATION_KINDS.includes(kind) ? ['leader', 'office', 'ufwd'] : ['office', 'ufwd', 'department', 'gov-office']);
