/**
 * Headers every NATS request carries: the caller (ARCHITECTURE.md, "Wire contracts"). Bodies carry
 * data only. The display name is percent-encoded, since NATS headers are ASCII.
 */
export const WireHeader = {
  TenantId: 'x-tenant-id',
  PersonId: 'x-person-id',
  Username: 'x-username',
  DisplayName: 'x-display-name',
  OrgUnitId: 'x-org-unit-id',
  Roles: 'x-roles',
  TenantSwitched: 'x-tenant-switched',
  CorrelationId: 'x-correlation-id',
  CausationId: 'x-causation-id',
} as const;
