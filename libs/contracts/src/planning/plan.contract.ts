import { z } from 'zod';
import { idList, int, isoDay, rowVersion, searchText, text } from '../common/primitives.js';

export const PLAN_STATUSES = ['draft', 'soliciting', 'under_review', 'approved', 'published'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The buttons of a plan: each moves it from some states to one other. */
export const PLAN_ACTIONS = ['solicit', 'submit-for-review', 'approve', 'return', 'publish'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

const planYear = int.min(2000).max(2999);
const title = text.trim().min(1).max(200);
const reason = text.trim().min(1).max(1000);

export const createPlanSchema = z.strictObject({ year: planYear, title });
export type CreatePlanInput = z.infer<typeof createPlanSchema>;

export const updatePlanSchema = z.strictObject({
  title,
  version: rowVersion,
  /** Required once the plan is published: renaming it then makes a revision with this reason. */
  reason: reason.optional(),
});
export type UpdatePlanInput = z.infer<typeof updatePlanSchema>;

export const solicitPlanSchema = z.strictObject({ suggestionsDeadline: isoDay });
export const submitPlanSchema = z.strictObject({
  /** Required when the parties were never asked for topics (§4.1.1 asks them first); kept on the plan. */
  skipSolicitationReason: reason.optional(),
});
export const approvePlanSchema = z.strictObject({
  /** The standing committee's decision, e.g. 巴州委〔2027〕3号. */
  decisionReference: text.trim().min(1).max(100),
  /** Required when the plan is below a yearly minimum; kept on the plan and shown with it. */
  belowMinimumReason: reason.optional(),
});
export const returnPlanSchema = z.strictObject({ reason });
export const publishPlanSchema = z.strictObject({});

export type SolicitPlanInput = z.infer<typeof solicitPlanSchema>;
export type SubmitPlanInput = z.infer<typeof submitPlanSchema>;
export type ApprovePlanInput = z.infer<typeof approvePlanSchema>;
export type ReturnPlanInput = z.infer<typeof returnPlanSchema>;

/** What a service receives: the HTTP body with the plan's id and the acting person. */
export const planRefSchema = z.strictObject({ id: z.uuid() });
export const createPlanCommandSchema = createPlanSchema;
export const updatePlanCommandSchema = updatePlanSchema.extend({ id: z.uuid() });
export const solicitPlanCommandSchema = solicitPlanSchema.extend(planRefSchema.shape);
export const submitPlanCommandSchema = submitPlanSchema.extend(planRefSchema.shape);
export const approvePlanCommandSchema = approvePlanSchema.extend(planRefSchema.shape);
export const returnPlanCommandSchema = returnPlanSchema.extend(planRefSchema.shape);
export const publishPlanCommandSchema = publishPlanSchema.extend(planRefSchema.shape);

export const planListFilterSchema = z
  .object({
    year: int.optional(),
    status: z.enum(PLAN_STATUSES).optional(),
    q: searchText.optional(),
    id: idList.optional(),
  })
  .strict();
export const PLAN_SORT_FIELDS = ['year', 'title', 'status', 'createdAt'] as const;

/** How a plan stands against one yearly minimum (§3.1), counted over its meeting items not cancelled. */
export interface MinimumStanding {
  required: number;
  planned: number;
  met: boolean;
}

export interface PlanMinimums {
  thematic: MinimumStanding;
  research: MinimumStanding;
  briefing: MinimumStanding;
}

export const MINIMUM_KINDS = ['thematic', 'research', 'briefing'] as const;
export type MinimumKind = (typeof MINIMUM_KINDS)[number];

/** What the directory asks for its city view: the districts it has checked the caller may see. */
export const districtPlanFiguresQuerySchema = z.object({ tenantIds: z.array(z.string().min(1).max(63)).max(500), year: planYear }).strict();
export type DistrictPlanFiguresQuery = z.infer<typeof districtPlanFiguresQuerySchema>;

/** One district's plan of the year as a city sees it: its state (null before one is drafted) and its minimums. */
export interface DistrictPlanFigures {
  tenantId: string;
  year: number;
  status: PlanStatus | null;
  minimums: PlanMinimums;
}

export interface PlanView {
  id: string;
  tenantId: string;
  year: number;
  title: string;
  status: PlanStatus;
  suggestionsDeadline: string | null;
  submittedAt: string | null;
  returnReason: string | null;
  approvedBy: string | null;
  approvedByName: string | null;
  approvedAt: string | null;
  decisionReference: string | null;
  belowMinimumReason: string | null;
  /** Why the plan went to review without the parties having been asked for topics. */
  skipSolicitationReason: string | null;
  publishedBy: string | null;
  publishedByName: string | null;
  publishedAt: string | null;
  /** 0 before publication; 1 is the plan as published, each later change adds one. */
  currentRevision: number;
  itemCount: number;
  minimums: PlanMinimums;
  /** The actions the caller may take now, for the console's buttons. */
  allowedActions: PlanAction[];
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}
