/**
 * Request/reply subjects of the audit trail. Directory-service keeps the trail, so they sit under
 * its `directory.` prefix (ADR 0003): `<context>.<aggregate>.<verb>`.
 */
export const AuditSubject = {
  ListEvents: 'directory.audit-event.list',
  GetEvent: 'directory.audit-event.get',
  VerifyChain: 'directory.audit-chain.verify',
} as const;

export const AuditErrorCode = {
  EventNotFound: 'DIRECTORY.AUDIT_EVENT_NOT_FOUND',
  /** An audit event whose payload lacks what the trail records; it is parked, not appended. */
  MalformedEvent: 'DIRECTORY.AUDIT_EVENT_MALFORMED',
} as const;
