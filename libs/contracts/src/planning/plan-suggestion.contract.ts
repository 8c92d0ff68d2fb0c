import { z } from 'zod';
import { idList, rowVersion, searchText, text } from '../common/primitives.js';
import { withActor } from './planning-actor.contract.js';
import { itemCoherence, planItemFields } from './plan-item.contract.js';

/**
 * A party branch's suggested topic: drafted by a member, approved by the branch's leader before
 * it leaves the branch (`sent`), then accepted (it becomes an item) or declined with a reason.
 */
export const SUGGESTION_STATUSES = ['draft', 'awaiting_leader', 'sent', 'accepted', 'declined'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** What office/UFWD see: only what the branch has sent, and what became of it. */
export const SUGGESTION_STATUSES_SENT: readonly SuggestionStatus[] = ['sent', 'accepted', 'declined'];

const topic = text.trim().min(1).max(200);
const prose = text.trim().min(1).max(2000);
const id = { id: z.uuid(), ...withActor };

export const createSuggestionSchema = z.strictObject({ planId: z.uuid(), topic, reason: prose });
export const updateSuggestionSchema = z.strictObject({ topic, reason: prose, version: rowVersion });
export const returnSuggestionSchema = z.strictObject({ note: prose });
export const declineSuggestionSchema = z.strictObject({ reason: prose });

/** Accepting makes a plan item: its form, type and time are office's; the topic defaults to the suggestion's. */
const { reason: _changeReason, ...acceptFields } = planItemFields;
export const acceptSuggestionSchema = z.strictObject({ ...acceptFields, topic: topic.optional() }).superRefine(itemCoherence);

export type CreateSuggestionInput = z.infer<typeof createSuggestionSchema>;
export type AcceptSuggestionInput = z.infer<typeof acceptSuggestionSchema>;

export const createSuggestionCommandSchema = createSuggestionSchema.extend(withActor);
export const updateSuggestionCommandSchema = updateSuggestionSchema.extend(id);
export const suggestionRefSchema = z.strictObject(id);
export const returnSuggestionCommandSchema = returnSuggestionSchema.extend(id);
export const declineSuggestionCommandSchema = declineSuggestionSchema.extend(id);
export const acceptSuggestionCommandSchema = z.strictObject({ ...acceptFields, topic: topic.optional(), ...id }).superRefine(itemCoherence);

export const suggestionListFilterSchema = z
  .object({
    planId: z.uuid().optional(),
    status: z.enum(SUGGESTION_STATUSES).optional(),
    orgUnitId: z.uuid().optional(),
    q: searchText.optional(),
    id: idList.optional(),
  })
  .strict();
export const SUGGESTION_SORT_FIELDS = ['createdAt', 'topic', 'status', 'sentAt'] as const;

export interface PlanSuggestionView {
  id: string;
  planId: string;
  orgUnitId: string;
  topic: string;
  reason: string;
  status: SuggestionStatus;
  authorId: string | null;
  authorName: string;
  /** Why the branch's leader sent it back to draft. */
  leaderNote: string | null;
  approvedBy: string | null;
  approvedByName: string | null;
  sentAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** Why office/UFWD declined it; the party sees it. */
  declineReason: string | null;
  planItemId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}
