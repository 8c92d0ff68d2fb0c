import { z } from 'zod';
import { OPINION_SOURCE_KINDS, OPINION_TRACKS, type OpinionSourceKind, type OpinionTrack } from '../common/opinion.contract.js';
import { isoDay, isoInstant, text } from '../common/primitives.js';
import { deadlineFiredSchema } from '../common/deadline.contract.js';
import { listQuerySchema } from '../common/list-query.js';

/**
 * A case (办理件): one opinion, or several merged, on its way to the parties' feedback.
 * registered → (triage) to_assign | awaiting_adoption | closed | merged | split;
 * actionable: to_assign → assigned → co_signing → in_review → to_release → released → rated;
 * document revision: awaiting_adoption → released.
 */
export const CASE_STATUSES = [
  'registered',
  'to_assign',
  'awaiting_adoption',
  'assigned',
  'co_signing',
  'in_review',
  'to_release',
  'released',
  'rated',
  'closed',
  'merged',
  'split',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_OUTCOMES = ['solved', 'solving_step_by_step', 'explained'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const ADOPTIONS = ['adopted', 'partly_adopted', 'not_adopted'] as const;
export type Adoption = (typeof ADOPTIONS)[number];

export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'not_satisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

/** Who assigns actionable cases: the party committee's office or the government's office. */
export const ASSIGNER_ROLES = ['office', 'gov-office'] as const;
export type AssignerRole = (typeof ASSIGNER_ROLES)[number];

const reason = text.trim().min(1).max(2000);
const opinionText = text.trim().min(1).max(20_000);
const title = text.trim().min(1).max(200);

/** By hand (office or UFWD): an opinion that reached them outside the platform. */
export const registerCaseSchema = z.strictObject({
  title,
  text: opinionText,
  sourceKind: z.enum(OPINION_SOURCE_KINDS),
  partyOrgUnitId: z.uuid().nullable(),
  raisedByName: text.trim().min(1).max(200),
  suggestedTrack: z.enum(OPINION_TRACKS),
  draftingOrgUnitId: z.uuid().nullable().default(null),
});
export const acceptCaseSchema = z.strictObject({
  track: z.enum(OPINION_TRACKS),
  /** The department that drafted the document, for the document-revision track. */
  draftingOrgUnitId: z.uuid().nullable().default(null),
});
export const mergeCasesSchema = z.strictObject({
  /** The duplicates folded into this case; each keeps its parties linked here. */
  caseIds: z.array(z.uuid()).min(1).max(50),
});
export const splitCaseSchema = z.strictObject({
  parts: z.array(z.strictObject({ title, text: opinionText })).min(2).max(20),
});
export const closeCaseSchema = z.strictObject({ reason });
export const recordAdoptionSchema = z.strictObject({ adoption: z.enum(ADOPTIONS), reason });
export const assignCaseSchema = z.strictObject({
  leadOrgUnitId: z.uuid(),
  coHandlerOrgUnitIds: z.array(z.uuid()).max(10).default([]),
  note: text.trim().max(2000).default(''),
});
export const returnCaseSchema = z.strictObject({ reason });
const replyFields = z.strictObject({
  outcome: z.enum(CASE_OUTCOMES),
  reply: text.trim().min(1).max(20_000),
  /** For `solving_step_by_step`: the plan and its dates. */
  plan: text.trim().min(1).max(5000).nullable().default(null),
  planDueOn: isoDay.nullable().default(null),
});
const stepByStepNeedsPlan = (value: { outcome: CaseOutcome; plan: string | null; planDueOn: string | null }, context: z.RefinementCtx) => {
  if (value.outcome !== 'solving_step_by_step') return;
  if (!value.plan) context.addIssue({ code: 'custom', path: ['plan'], message: 'a step-by-step solution needs its plan' });
  if (!value.planDueOn) context.addIssue({ code: 'custom', path: ['planDueOn'], message: 'a step-by-step solution needs the date it is planned to be solved' });
};
export const replyCaseSchema = replyFields.superRefine(stepByStepNeedsPlan);
export const coSignCaseSchema = z.strictObject({ opinion: text.trim().max(2000).default('') });
export const approveReplySchema = z.strictObject({ note: text.trim().max(2000).default('') });
export const sendBackReplySchema = z.strictObject({ reason });
export const releaseReplySchema = z.strictObject({});
const rateFields = z.strictObject({
  satisfaction: z.enum(SATISFACTIONS),
  comment: text.trim().max(2000).default(''),
  /** Only with `not_satisfied`, once: the case goes back to the same department with a new due date. */
  requestRehandling: z.boolean().default(false),
});
const rehandlingOnlyIfNotSatisfied = (value: { satisfaction: Satisfaction; requestRehandling: boolean }, context: z.RefinementCtx) => {
  if (value.requestRehandling && value.satisfaction !== 'not_satisfied') {
    context.addIssue({ code: 'custom', path: ['requestRehandling'], message: 'only a party not satisfied asks for re-handling' });
  }
};
export const rateCaseSchema = rateFields.superRefine(rehandlingOnlyIfNotSatisfied);
export const extendCaseSchema = z.strictObject({ reason });

const caseRef = z.strictObject({ id: z.uuid() });
export const caseRefSchema = caseRef;
export const registerCaseCommandSchema = registerCaseSchema;
export const acceptCaseCommandSchema = acceptCaseSchema.extend(caseRef.shape);
export const mergeCasesCommandSchema = mergeCasesSchema.extend(caseRef.shape);
export const splitCaseCommandSchema = splitCaseSchema.extend(caseRef.shape);
export const closeCaseCommandSchema = closeCaseSchema.extend(caseRef.shape);
export const recordAdoptionCommandSchema = recordAdoptionSchema.extend(caseRef.shape);
export const assignCaseCommandSchema = assignCaseSchema.extend(caseRef.shape);
export const returnCaseCommandSchema = returnCaseSchema.extend(caseRef.shape);
export const replyCaseCommandSchema = replyFields.extend(caseRef.shape).superRefine(stepByStepNeedsPlan);
export const coSignCaseCommandSchema = coSignCaseSchema.extend(caseRef.shape);
export const approveReplyCommandSchema = approveReplySchema.extend(caseRef.shape);
export const sendBackReplyCommandSchema = sendBackReplySchema.extend(caseRef.shape);
export const releaseReplyCommandSchema = releaseReplySchema.extend(caseRef.shape);
export const rateCaseCommandSchema = rateFields.extend(caseRef.shape).superRefine(rehandlingOnlyIfNotSatisfied);
export const extendCaseCommandSchema = extendCaseSchema.extend(caseRef.shape);

export const CASE_SORT_FIELDS = ['createdAt', 'dueAt', 'status', 'title'] as const;
export const caseListFilterSchema = z
  .object({
    status: z.union([z.enum(CASE_STATUSES), z.array(z.enum(CASE_STATUSES)).max(12)]).optional(),
    track: z.enum(OPINION_TRACKS).optional(),
    leadOrgUnitId: z.uuid().optional(),
    partyOrgUnitId: z.uuid().optional(),
    /** The caller's own queue: what waits for the caller's role and unit. */
    queue: z.boolean().optional(),
    overdue: z.boolean().optional(),
    year: z.number().int().min(2000).max(2999).optional(),
    q: text.max(100).optional(),
    id: z.array(z.uuid()).max(500).optional(),
  })
  .strict();
export const listCasesQuerySchema = listQuerySchema.extend({ filter: caseListFilterSchema.default({}) });

export interface CasePartyView {
  partyOrgUnitId: string | null;
  raisedByPersonId: string | null;
  raisedByName: string;
  opinionId: string | null;
}

export interface CaseCoHandlerView {
  orgUnitId: string;
  signedAt: string | null;
  signedByName: string | null;
  opinion: string;
}

export interface CaseRatingView {
  partyOrgUnitId: string;
  round: number;
  satisfaction: Satisfaction;
  comment: string;
  requestedRehandling: boolean;
  ratedByName: string;
  ratedAt: string;
}

/** One step of the case's history: who did what, when. */
export interface CaseStepView {
  step: string;
  actorName: string;
  actorOrgUnitId: string | null;
  at: string;
  note: string;
}

export interface CaseView {
  id: string;
  number: number;
  title: string;
  text: string;
  status: CaseStatus;
  track: OpinionTrack | null;
  suggestedTrack: OpinionTrack;
  source: { kind: OpinionSourceKind; recordId: string | null; title: string; section: string | null };
  parties: CasePartyView[];
  draftingOrgUnitId: string | null;
  assignedByRole: AssignerRole | null;
  leadOrgUnitId: string | null;
  coHandlers: CaseCoHandlerView[];
  assignedAt: string | null;
  dueAt: string | null;
  /** Whole days left in the tenant's calendar; negative when overdue; null without a due date. */
  daysLeft: number | null;
  extended: boolean;
  extensionReason: string | null;
  outcome: CaseOutcome | null;
  reply: string | null;
  plan: string | null;
  planDueOn: string | null;
  adoption: Adoption | null;
  adoptionReason: string | null;
  closeReason: string | null;
  mergedIntoId: string | null;
  splitFromId: string | null;
  rehandled: boolean;
  sentBackCount: number;
  releasedAt: string | null;
  /** Released (or adoption recorded) by the due date; null while open. */
  onTime: boolean | null;
  ratings: CaseRatingView[];
  history: CaseStepView[];
  raisedAt: string;
  createdAt: string;
  version: number;
}

export const caseFedBackPayloadSchema = z.object({
  caseId: z.uuid(),
  number: z.number().int().min(1),
  title,
  kind: z.enum(['closed', 'adoption', 'reply']),
  /** Every party linked to the case, merged duplicates included. */
  partyOrgUnitIds: z.array(z.uuid()),
  /** Whom the result is reported to besides the parties: an adoption decision goes to the party office with a copy to UFWD. */
  reportedToOrgUnitIds: z.array(z.uuid()),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
  adoption: z.enum(ADOPTIONS).nullable(),
});
export type CaseFedBackPayload = z.infer<typeof caseFedBackPayloadSchema>;

/**
 * `evt.handling-feedback.deadline.case-reminder.v1` / `case-overdue.v1`: the reminder is addressed
 * to the lead department, the overdue escalation to the assigner's unit and UFWD.
 */
export const caseDeadlinePayloadSchema = deadlineFiredSchema(
  z.object({ orgUnitId: z.uuid() }),
  z.object({ caseId: z.uuid(), number: z.number().int().min(1), title, leadOrgUnitId: z.uuid().nullable(), dueAt: isoInstant }),
);
export type CaseDeadlinePayload = z.infer<typeof caseDeadlinePayloadSchema>;
