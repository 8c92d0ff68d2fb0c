import { AuditErrorCode } from '../audit/audit.subjects.js';
import { DirectoryErrorCode } from '../directory/directory.subjects.js';
import { OrgUnitErrorCode } from '../directory/org-unit.contract.js';
import { PersonAdminErrorCode } from '../directory/person-admin.contract.js';
import { SettingsErrorCode } from '../directory/settings.contract.js';
import { TenantErrorCode } from '../directory/tenant.contract.js';
import { PlanningErrorCode } from '../planning/planning.subjects.js';
import { WrittenErrorCode } from '../written/written.subjects.js';
import { CalendarErrorCode } from '../meeting/calendar.contract.js';
import { InterviewErrorCode } from '../meeting/interview.contract.js';
import { DocumentErrorCode } from './document.contract.js';
import { MeetingErrorCode } from '../meeting/meeting.subjects.js';
import { HandlingErrorCode } from '../handling/handling.subjects.js';

/**
 * Error codes cross process boundaries as strings (`instanceof` does not survive a NATS hop).
 * Each context adds its own codes in its folder; these are shared by every edge.
 */
export const CommonErrorCode = {
  Unauthenticated: 'AUTH.UNAUTHENTICATED',
  Forbidden: 'AUTH.FORBIDDEN',
  MissingTenant: 'TENANCY.MISSING_TENANT',
  InvalidInput: 'VALIDATION.INVALID_INPUT',
  PayloadTooLarge: 'VALIDATION.PAYLOAD_TOO_LARGE',
  /** The database refused a value for a rule of its own (a reference, a check); answers 422. */
  ConstraintViolated: 'VALIDATION.CONSTRAINT_VIOLATED',
  NotFound: 'COMMON.NOT_FOUND',
  VersionConflict: 'COMMON.VERSION_CONFLICT',
  /** The database found the record already there (a unique key). */
  AlreadyExists: 'COMMON.ALREADY_EXISTS',
  IdempotencyKeyReused: 'COMMON.IDEMPOTENCY_KEY_REUSED',
  IdempotencyInProgress: 'COMMON.IDEMPOTENCY_IN_PROGRESS',
  RateLimited: 'COMMON.RATE_LIMITED',
  /** A body in a charset or content encoding the gateway does not read. */
  UnsupportedMediaType: 'COMMON.UNSUPPORTED_MEDIA_TYPE',
  UpstreamTimeout: 'GATEWAY.UPSTREAM_TIMEOUT',
  ServiceUnavailable: 'GATEWAY.SERVICE_UNAVAILABLE',
  Internal: 'COMMON.INTERNAL',
  /** A producer tried to record an event whose payload breaks the event's contract. */
  EventContractBroken: 'COMMON.EVENT_CONTRACT_BROKEN',
} as const;

export type CommonErrorCode = (typeof CommonErrorCode)[keyof typeof CommonErrorCode];

type CodesOf<T> = T[keyof T];

/** Every code an error may carry, shared and per context: the one type an AppException takes. */
export type ErrorCode =
  | CommonErrorCode
  | CodesOf<typeof PlanningErrorCode>
  | CodesOf<typeof DirectoryErrorCode>
  | CodesOf<typeof OrgUnitErrorCode>
  | CodesOf<typeof PersonAdminErrorCode>
  | CodesOf<typeof TenantErrorCode>
  | CodesOf<typeof SettingsErrorCode>
  | CodesOf<typeof AuditErrorCode>
  | CodesOf<typeof WrittenErrorCode>
  | CodesOf<typeof InterviewErrorCode>
  | CodesOf<typeof CalendarErrorCode>
  | CodesOf<typeof DocumentErrorCode>
  | CodesOf<typeof MeetingErrorCode>
  | CodesOf<typeof HandlingErrorCode>;

/** The same codes as a list, for the edges that check a code they did not make (tests, the console). */
export const ERROR_CODES: readonly ErrorCode[] = [
  ...new Set<ErrorCode>([
    ...Object.values(CommonErrorCode),
    ...Object.values(PlanningErrorCode),
    ...Object.values(DirectoryErrorCode),
    ...Object.values(OrgUnitErrorCode),
    ...Object.values(PersonAdminErrorCode),
    ...Object.values(TenantErrorCode),
    ...Object.values(SettingsErrorCode),
    ...Object.values(AuditErrorCode),
    ...Object.values(WrittenErrorCode),
    ...Object.values(InterviewErrorCode),
    ...Object.values(CalendarErrorCode),
    ...Object.values(DocumentErrorCode),
    ...Object.values(MeetingErrorCode),
    ...Object.values(HandlingErrorCode),
  ]),
];

export const isErrorCode = (value: unknown): value is ErrorCode => (ERROR_CODES as readonly unknown[]).includes(value);

/** A field that failed validation: `path` is dotted (`items.0.topic`). */
export interface FieldError {
  path: string;
  message: string;
}

/** What an error looks like on the wire between services. */
export interface WireError {
  code: string;
  message: string;
  details?: { fields?: FieldError[] } & Record<string, unknown>;
}

export const isWireError = (value: unknown): value is WireError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as WireError).code === 'string' &&
  typeof (value as WireError).message === 'string';
