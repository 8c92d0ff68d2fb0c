/** Headers every NATS request and event carries (ARCHITECTURE.md, "Wire contracts"). */
export const WireHeader = {
  TenantId: 'x-tenant-id',
  UserId: 'x-user-id',
  Roles: 'x-roles',
  CorrelationId: 'x-correlation-id',
} as const;
