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
  /** The gateway's key for a keyed write and the canonical hash of its request: the service records both with the write. */
  IdempotencyKey: 'x-idempotency-key',
  RequestHash: 'x-request-hash',
} as const;
