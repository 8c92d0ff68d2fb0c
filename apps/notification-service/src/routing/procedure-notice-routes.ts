import {
  type CaseDeadlinePayload,
  caseDeadlinePayloadSchema,
  caseFedBackPayloadSchema,
  HandlingDeadline,
  HandlingEvent,
  InterviewEvent,
  type InterviewEventPayload,
  interviewEventPayloadSchema,
  MeetingDeadline,
  type MeetingDeadlinePayload,
  meetingDeadlinePayloadSchema,
  materialSentPayloadSchema,
  type ReplyDeadlinePayload,
  replyDeadlinePayloadSchema,
  type ReplySubmittedPayload,
  replySubmittedPayloadSchema,
  solicitationSentPayloadSchema,
  type TemplateLocale,
  WrittenDeadlineEvent,
  WrittenEvent,
} from '@xieshang/contracts';
import { type NoticeRoute, noticeRoute, type Recipients } from './notice-route.js';
import { dayWords, instantWords } from './words.rules.js';

const when = (instant: string | null, locale: TemplateLocale, zone: string): string => (instant ? instantWords(instant, locale, zone) : locale === 'zh-CN' ? '待定' : 'a time to be set');

/** An interview's words: what, when and where once arranged, and the reason of a decline. */
const interviewValues = (event: InterviewEventPayload, locale: TemplateLocale, zone: string) => ({
  title: event.title,
  date: when(event.startsAt, locale, zone),
  place: event.place ?? '',
  reason: event.reason ?? '',
});
/** An interview concerns its party, its leader and the units arranging it; it is never confidential. */
const interviewParties = (event: InterviewEventPayload) => ({
  orgUnitIds: [...event.audience.orgUnitIds, ...event.audience.organiserOrgUnitIds],
  personIds: event.audience.personIds,
  confidential: event.audience.confidential,
});
const interviewRow = (subject: string, kind: 'interview.requested' | 'interview.scheduled' | 'interview.declined', recipients: (event: InterviewEventPayload) => Recipients) =>
  noticeRoute({
    subject,
    kind,
    category: 'meeting',
    payload: interviewEventPayloadSchema,
    recipients,
    title: (event) => event.title,
    values: interviewValues,
    reference: (event) => ({ interviewId: event.interviewId }),
    link: (event) => ({ resource: 'interviews', id: event.interviewId }),
  });

/** A lead-time warning goes to the organising unit only; a personnel consultation's stays confidential. */
const leadWarningRow = (subject: string, kind: 'meeting.notice-due' | 'meeting.documents-due') =>
  noticeRoute({
    subject,
    kind,
    category: 'meeting',
    payload: meetingDeadlinePayloadSchema,
    recipients: (event: MeetingDeadlinePayload) => ({ orgUnitIds: event.recipients, confidential: event.payload.confidential }),
    title: (event) => event.payload.title,
    values: (event, locale, zone) => ({ title: event.payload.title, date: when(event.payload.startsAt, locale, zone) }),
    reference: (event) => ({ meetingId: event.payload.meetingId, dueAt: event.dueAt }),
    link: (event) => ({ resource: 'meetings', id: event.payload.meetingId }),
  });

/** The reminder and the deadline of a solicitation reach the branches that have not replied. */
const replyDeadlineRow = (subject: string, kind: 'written.reply-reminder' | 'written.reply-due') =>
  noticeRoute({
    subject,
    kind,
    category: 'written',
    payload: replyDeadlinePayloadSchema,
    recipients: (event: ReplyDeadlinePayload) => ({ orgUnitIds: event.recipients }),
    title: (event) => event.payload.title,
    values: (event, locale, zone) => ({ title: event.payload.title, deadline: instantWords(event.payload.replyDeadline, locale, zone) }),
    reference: (event) => ({ solicitationId: event.payload.solicitationId }),
    link: (event) => ({ resource: 'solicitations', id: event.payload.solicitationId }),
  });

/**
 * A submitted reply reaches the organisers (office, UFWD) of the unit whose person sent the
 * solicitation; without such a person, UFWD, who collects the replies (DOMAIN.md §4).
 */
export const replySubmittedRecipients = (event: ReplySubmittedPayload): Recipients =>
  event.solicitedByPersonId ? { rolesInUnitsOf: { personIds: [event.solicitedByPersonId], roles: ['office', 'ufwd'] } } : { roles: ['ufwd'] };
const REPLY_WORDS = {
  'zh-CN': { reply: '意见', supplement: '补充意见', late: '（逾期报送）' },
  en: { reply: 'reply', supplement: 'supplementary reply', late: ' (after the deadline)' },
} as const;

/**
 * Who hears of a case's deadline: the reminder goes to the lead department; the overdue
 * escalation to the lead department, the units the producer addressed (the assigner's and UFWD's)
 * and UFWD by role, so it is heard even when the producer named no unit.
 */
export const caseDeadlineRecipients = (event: CaseDeadlinePayload, overdue: boolean) => {
  const lead = event.payload.leadOrgUnitId ? [event.payload.leadOrgUnitId] : [];
  if (!overdue) return { orgUnitIds: lead };
  return { orgUnitIds: [...new Set([...lead, ...event.recipients.map((recipient) => recipient.orgUnitId)])], roles: ['ufwd' as const] };
};
const caseDeadlineRow = (subject: string, kind: 'case.reminder' | 'case.overdue') =>
  noticeRoute({
    subject,
    kind,
    category: 'handling',
    payload: caseDeadlinePayloadSchema,
    recipients: (event: CaseDeadlinePayload) => caseDeadlineRecipients(event, kind === 'case.overdue'),
    title: (event) => event.payload.title,
    values: (event, locale, zone) => ({
      title: event.payload.title,
      number: String(event.payload.number),
      unit: locale === 'zh-CN' ? '承办单位' : 'the lead department',
      dueDate: dayWords(event.payload.dueAt, locale, zone),
    }),
    reference: (event) => ({ caseId: event.payload.caseId, dueAt: event.payload.dueAt }),
    link: (event) => ({ resource: 'cases', id: event.payload.caseId }),
  });

/** The rows of meeting-service's interviews and lead times, written consultation and handling. */
export const PROCEDURE_NOTICE_ROUTES: readonly NoticeRoute[] = [
  // A request waits for its arrangers; an arrangement or a refusal concerns everyone in it.
  interviewRow(InterviewEvent.Requested, 'interview.requested', (event) => ({ orgUnitIds: event.audience.organiserOrgUnitIds, confidential: event.audience.confidential })),
  interviewRow(InterviewEvent.Scheduled, 'interview.scheduled', interviewParties),
  interviewRow(InterviewEvent.Declined, 'interview.declined', interviewParties),
  leadWarningRow(MeetingDeadline.NoticeDue, 'meeting.notice-due'),
  leadWarningRow(MeetingDeadline.DocumentsDue, 'meeting.documents-due'),
  noticeRoute({
    subject: WrittenEvent.SolicitationSent,
    kind: 'written.solicited',
    category: 'written',
    payload: solicitationSentPayloadSchema,
    recipients: (event) => ({ orgUnitIds: event.recipientOrgUnitIds }),
    title: (event) => event.title,
    values: (event, locale, zone) => ({ title: event.title, deadline: instantWords(event.replyDeadline, locale, zone) }),
    reference: (event) => ({ solicitationId: event.solicitationId }),
    link: (event) => ({ resource: 'solicitations', id: event.solicitationId }),
  }),
  noticeRoute({
    subject: WrittenEvent.MaterialSent,
    kind: 'written.material-sent',
    category: 'written',
    payload: materialSentPayloadSchema,
    recipients: (event) => ({ orgUnitIds: event.recipientOrgUnitIds }),
    title: (event) => event.title,
    values: (event) => ({ title: event.title }),
    reference: (event) => ({ materialId: event.materialId, kind: event.kind }),
    link: (event) => ({ resource: 'materials', id: event.materialId }),
  }),
  replyDeadlineRow(WrittenDeadlineEvent.ReplyReminder, 'written.reply-reminder'),
  replyDeadlineRow(WrittenDeadlineEvent.ReplyDue, 'written.reply-due'),
  noticeRoute({
    subject: WrittenEvent.ReplySubmitted,
    kind: 'written.reply-submitted',
    category: 'written',
    payload: replySubmittedPayloadSchema,
    recipients: replySubmittedRecipients,
    title: (event) => event.title,
    values: (event, locale) => ({
      title: event.title,
      branch: event.orgUnitName,
      reply: event.supplement ? REPLY_WORDS[locale].supplement : REPLY_WORDS[locale].reply,
      late: event.late ? REPLY_WORDS[locale].late : '',
    }),
    reference: (event) => ({ solicitationId: event.solicitationId, replyId: event.replyId }),
    link: (event) => ({ resource: 'solicitations', id: event.solicitationId }),
  }),
  noticeRoute({
    subject: HandlingEvent.FedBack,
    kind: 'case.fed-back',
    category: 'handling',
    payload: caseFedBackPayloadSchema,
    recipients: (event) => ({ orgUnitIds: [...new Set([...event.partyOrgUnitIds, ...event.reportedToOrgUnitIds])] }),
    title: (event) => event.title,
    values: (event) => ({ title: event.title, number: String(event.number) }),
    reference: (event) => ({ caseId: event.caseId, kind: event.kind }),
    link: (event) => ({ resource: 'cases', id: event.caseId }),
  }),
  caseDeadlineRow(HandlingDeadline.Reminder, 'case.reminder'),
  caseDeadlineRow(HandlingDeadline.Overdue, 'case.overdue'),
];
