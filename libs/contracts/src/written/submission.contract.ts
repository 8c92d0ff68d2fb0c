import { z } from 'zod';
import { idList, isoDay, rowVersion, searchText, text } from '../common/primitives.js';
import { REVIEW_FORMS, type ReviewForm } from './reply.contract.js';

/** A party's own submission (§3.3): research report, proposal, or a leader's advice in their own name. */
export const SUBMISSION_KINDS = ['research_report', 'proposal', 'personal_advice'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

export const SUBMISSION_ADDRESSEES = ['party_committee', 'government'] as const;
export type SubmissionAddressee = (typeof SUBMISSION_ADDRESSEES)[number];

/**
 * draft → (awaiting_leader →) submitted → forwarded. A collective submission waits for the branch
 * leader's approval; advice in one's own name goes straight to UFWD, which forwards it.
 */
export const SUBMISSION_STATUSES = ['draft', 'awaiting_leader', 'submitted', 'forwarded'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** Where a research report raised to the city stands there. */
export const ESCALATION_STATUSES = ['received', 'accepted', 'returned'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

const fields = {
  kind: z.enum(SUBMISSION_KINDS),
  addressee: z.enum(SUBMISSION_ADDRESSEES),
  title: text.trim().min(1).max(200),
  body: text.trim().min(1).max(50_000),
  /** The recommendations (建议) it makes, each one an opinion for handling. */
  recommendations: z.array(text.trim().min(1).max(5000)).min(1).max(100),
};

export const createSubmissionSchema = z.strictObject(fields);
export const updateSubmissionSchema = z.strictObject({ ...fields, version: rowVersion });
export const submitSubmissionSchema = z.strictObject({
  /** Required for a collective submission, which the leader approves at the branch's review. */
  reviewForm: z.enum(REVIEW_FORMS).optional(),
  reviewedOn: isoDay.optional(),
});
export const forwardSubmissionSchema = z.strictObject({ note: text.trim().max(2000).default('') });
export const escalateSubmissionSchema = z.strictObject({ note: text.trim().max(2000).default('') });
export const decideEscalationSchema = z.strictObject({
  decision: z.enum(['accepted', 'returned']),
  note: text.trim().min(1).max(2000),
});

const id = { id: z.uuid() };
export const createSubmissionCommandSchema = createSubmissionSchema;
export const updateSubmissionCommandSchema = updateSubmissionSchema.extend(id);
export const submissionRefSchema = z.strictObject(id);
export const submitSubmissionCommandSchema = submitSubmissionSchema.extend(id);
export const forwardSubmissionCommandSchema = forwardSubmissionSchema.extend(id);
export const escalateSubmissionCommandSchema = escalateSubmissionSchema.extend(id);
export const decideEscalationCommandSchema = decideEscalationSchema.extend(id);
export const escalationRefSchema = z.strictObject(id);

export const submissionListFilterSchema = z
  .object({
    kind: z.enum(SUBMISSION_KINDS).optional(),
    status: z.enum(SUBMISSION_STATUSES).optional(),
    orgUnitId: z.uuid().optional(),
    q: searchText.optional(),
    id: idList.optional(),
  })
  .strict();
export const SUBMISSION_SORT_FIELDS = ['createdAt', 'title', 'status', 'submittedAt'] as const;

export const escalationListFilterSchema = z
  .object({ status: z.enum(ESCALATION_STATUSES).optional(), originTenantId: text.max(63).optional(), id: idList.optional() })
  .strict();
export const ESCALATION_SORT_FIELDS = ['receivedAt', 'title', 'status'] as const;

export interface SubmissionView {
  id: string;
  kind: SubmissionKind;
  addressee: SubmissionAddressee;
  title: string;
  body: string;
  recommendations: string[];
  orgUnitId: string;
  orgUnitName: string;
  /** Advice in one's own name needs no branch approval. */
  collective: boolean;
  status: SubmissionStatus;
  authorId: string | null;
  authorName: string;
  reviewForm: ReviewForm | null;
  reviewedOn: string | null;
  approvedByName: string | null;
  submittedAt: string | null;
  forwardedAt: string | null;
  forwardedByName: string | null;
  forwardNote: string | null;
  escalatedAt: string | null;
  escalatedByName: string | null;
  /** The city's answer, once it comes back. */
  cityDecision: EscalationStatus | null;
  cityNote: string | null;
  cityDecidedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A district's research report as the city receives it, naming its origin. */
export interface EscalationView {
  id: string;
  originTenantId: string;
  originTenantName: string;
  originSubmissionId: string;
  originOrgUnitName: string;
  kind: SubmissionKind;
  title: string;
  body: string;
  recommendations: string[];
  authorName: string;
  escalatedByName: string;
  escalationNote: string;
  receivedAt: string;
  status: EscalationStatus;
  decisionNote: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  version: number;
}
