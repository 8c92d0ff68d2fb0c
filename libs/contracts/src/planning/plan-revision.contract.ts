import { z } from 'zod';
import { PG_INT_MAX } from '../common/primitives.js';
import type { PlanItemView } from './plan-item.contract.js';

/** An item as a revision keeps it: the fields that make up the plan, nothing of bookkeeping. */
export type RevisionItem = Pick<
  PlanItemView,
  | 'id'
  | 'topic'
  | 'form'
  | 'meetingType'
  | 'plannedMonth'
  | 'plannedDate'
  | 'participantOrgUnitIds'
  | 'leadOrgUnitId'
  | 'contentCategory'
  | 'origin'
  | 'suggestionId'
  | 'status'
>;

export const REVISED_FIELDS = [
  'topic',
  'form',
  'meetingType',
  'plannedMonth',
  'plannedDate',
  'participantOrgUnitIds',
  'leadOrgUnitId',
  'contentCategory',
] as const;
export type RevisedField = (typeof REVISED_FIELDS)[number];

export interface FieldChange {
  field: RevisedField;
  before: unknown;
  after: unknown;
}

export interface ItemRef {
  itemId: string;
  topic: string;
}

/** What one revision changed against the one before it. */
export interface RevisionChanges {
  added: ItemRef[];
  changed: (ItemRef & { fields: FieldChange[] })[];
  cancelled: ItemRef[];
  /** The plan's title before and after, when the revision renamed it. */
  title?: { before: string; after: string };
}

export interface PlanRevisionView {
  id: string;
  planId: string;
  number: number;
  madeBy: string | null;
  madeByName: string;
  madeAt: string;
  /** Why the plan changed; revision 1 is the plan as published. */
  reason: string;
  /** Why the plan may stand further below a yearly minimum after this revision. */
  belowMinimumReason: string | null;
  changes: RevisionChanges;
  itemCount: number;
  /** Only when one revision is read: the items as they stood. */
  items?: RevisionItem[];
}

export const listRevisionsQuerySchema = z.object({ planId: z.uuid() });
export const getRevisionQuerySchema = z.object({ planId: z.uuid(), number: z.coerce.number().int().min(1).max(PG_INT_MAX) });
