import type { TranslateFunction } from 'react-admin';
import type { Problem } from './problem.js';

/**
 * Error codes the console explains in the user's language (keys under `xs.errors`).
 * A code not listed here falls back to the gateway's `detail`.
 */
export const KNOWN_ERROR_CODES: Record<string, string> = {
  'AUTH.UNAUTHENTICATED': 'unauthenticated',
  'AUTH.FORBIDDEN': 'forbidden',
  'TENANCY.MISSING_TENANT': 'missing_tenant',
  'VALIDATION.INVALID_INPUT': 'invalid_input',
  'VALIDATION.PAYLOAD_TOO_LARGE': 'payload_too_large',
  'VALIDATION.CONSTRAINT_VIOLATED': 'constraint_violated',
  'COMMON.NOT_FOUND': 'not_found',
  'COMMON.VERSION_CONFLICT': 'version_conflict',
  'COMMON.ALREADY_EXISTS': 'already_exists',
  'COMMON.IDEMPOTENCY_KEY_REUSED': 'idempotency_key_reused',
  'COMMON.IDEMPOTENCY_IN_PROGRESS': 'idempotency_in_progress',
  'COMMON.RATE_LIMITED': 'rate_limited',
  'COMMON.UNSUPPORTED_MEDIA_TYPE': 'unsupported_media_type',
  'GATEWAY.UPSTREAM_TIMEOUT': 'upstream_timeout',
  'GATEWAY.SERVICE_UNAVAILABLE': 'service_unavailable',
  'COMMON.INTERNAL': 'internal',
  // The procedure's own rules, so that a refusal reads in the console's language.
  'PLANNING.PLAN_EXISTS': 'plan_exists',
  'PLANNING.PLAN_NOT_IN_STATE': 'plan_not_in_state',
  'PLANNING.MINIMUMS_NOT_MET': 'minimums_not_met',
  'PLANNING.SUGGESTIONS_UNDECIDED': 'suggestions_undecided',
  'PLANNING.ITEM_CANCELLED': 'item_cancelled',
  'PLANNING.SUGGESTION_NOT_IN_STATE': 'suggestion_not_in_state',
  'PLANNING.SUGGESTION_DEADLINE_PASSED': 'suggestion_deadline_passed',
  'PLANNING.RESEARCH_TOPIC_NOT_IN_STATE': 'research_topic_not_in_state',
  'PLANNING.TOO_MANY_STUDY_TOURS': 'too_many_study_tours',
  'VALIDATION.UNKNOWN_ORG_UNIT': 'unknown_org_unit',
  'VALIDATION.OUTSIDE_PLAN_YEAR': 'outside_plan_year',
  'VALIDATION.REASON_REQUIRED': 'reason_required',
  'VALIDATION.DEADLINE_PASSED': 'deadline_passed',
  'DIRECTORY.ORG_UNIT_NAME_TAKEN': 'org_unit_name_taken',
  'DIRECTORY.USERNAME_TAKEN': 'username_taken',
  'DIRECTORY.CANNOT_DISABLE_SELF': 'cannot_disable_self',
  'VALIDATION.ORG_UNIT_UNAVAILABLE': 'org_unit_unavailable',
  'VALIDATION.ROLE_NOT_GRANTABLE': 'role_not_grantable',
  'VALIDATION.ROLE_UNFIT_FOR_ORG_UNIT': 'role_unfit_for_org_unit',
  'VALIDATION.PASSWORD_TOO_SHORT': 'password_too_short',
  'DIRECTORY.IDENTITY_ACCOUNT_MISSING': 'identity_account_missing',
  'DIRECTORY.TENANT_EXISTS': 'tenant_exists',
  'WRITTEN.SOLICITATION_NOT_IN_STATE': 'solicitation_not_in_state',
  'WRITTEN.SOLICITATION_CLOSED': 'solicitation_closed',
  'WRITTEN.REPLY_EXISTS': 'reply_exists',
  'WRITTEN.REPLY_NOT_IN_STATE': 'reply_not_in_state',
  'WRITTEN.REPLY_SUBMITTED': 'reply_submitted',
  'WRITTEN.SUBMISSION_NOT_IN_STATE': 'submission_not_in_state',
  'WRITTEN.NOT_ESCALATABLE': 'not_escalatable',
  'WRITTEN.NO_PARENT_TENANT': 'no_parent_tenant',
  'WRITTEN.ESCALATION_NOT_IN_STATE': 'escalation_not_in_state',
  'VALIDATION.NOT_A_PARTY_BRANCH': 'not_a_party_branch',
  'VALIDATION.UNKNOWN_SECTION': 'unknown_section',
  'VALIDATION.REPLY_DEADLINE_PASSED': 'reply_deadline_passed',
  'VALIDATION.EMPTY_REPLY': 'empty_reply',
  'VALIDATION.FOREIGN_DOCUMENT': 'foreign_document',
  'INTERVIEW.NOT_IN_STATE': 'interview_not_in_state',
  'VALIDATION.ORG_UNIT_NOT_A_PARTY': 'org_unit_not_a_party',
  'VALIDATION.UNKNOWN_LEADER': 'unknown_leader',
  'VALIDATION.DATE_IN_PAST': 'date_in_past',
  'CALENDAR.FEED_NOT_FOUND': 'calendar_feed_not_found',
  'DOCUMENT.TOO_LARGE': 'document_too_large',
  'DOCUMENT.TYPE_NOT_ALLOWED': 'document_type_not_allowed',
  'DOCUMENT.TYPE_MISMATCH': 'document_type_mismatch',
  'DOCUMENT.CONTENT_NOT_FOUND': 'document_content_not_found',
  'MEETING.NOT_IN_STATE': 'meeting_not_in_state',
  'VALIDATION.LATE_REASON_REQUIRED': 'late_reason_required',
  'VALIDATION.STARTS_IN_PAST': 'starts_in_past',
  'VALIDATION.UNKNOWN_PARTICIPANT': 'unknown_participant',
  'VALIDATION.NOMINEES_ONLY_FOR_PERSONNEL': 'nominees_only_for_personnel',
  'MEETING.SCHEDULE_INCOMPLETE': 'schedule_incomplete',
  'MEETING.DOCUMENTS_MISSING': 'documents_missing',
  'MEETING.NOT_INVITED': 'not_invited',
  'MEETING.PREPARED_OPINION_NOT_IN_STATE': 'prepared_opinion_not_in_state',
  'MEETING.NO_PLAN_CHANGE': 'no_plan_change',
  'HANDLING.CASE_NOT_IN_STATE': 'case_not_in_state',
  'HANDLING.ALREADY_EXTENDED': 'already_extended',
  'HANDLING.REHANDLING_USED': 'rehandling_used',
  'HANDLING.CASES_NOT_MERGEABLE': 'cases_not_mergeable',
  'VALIDATION.UNKNOWN_DEPARTMENT': 'unknown_department',
  // A producer's fault, answered as 500: the user reads it as any internal error.
  'COMMON.EVENT_CONTRACT_BROKEN': 'internal',
};

const describeFields = (problem: Problem): string =>
  (problem.errors ?? []).map((field) => `${field.path}: ${field.message}`).join('; ');

/**
 * One readable sentence for a problem+json body, in the current language: the translated
 * message for a known code, else the gateway's detail; field errors and the correlation id
 * follow so that a user can report exactly what went wrong.
 */
export const problemMessage = (problem: Problem, translate: TranslateFunction): string => {
  const known = problem.code ? KNOWN_ERROR_CODES[problem.code] : undefined;
  const main = known
    ? translate(`xs.errors.${known}`)
    : (problem.detail ?? problem.title ?? translate('ra.notification.http_error'));
  const fields = describeFields(problem);
  const parts = [
    main,
    fields ? translate('xs.errors.fields', { fields }) : '',
    problem.correlationId ? translate('xs.errors.reference', { correlationId: problem.correlationId }) : '',
  ];
  return parts.filter(Boolean).join(' ');
};
