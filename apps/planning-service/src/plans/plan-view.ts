import type { PlanView, Role } from '@xieshang/contracts';
import type { PlanEntity } from './plan.entity.js';
import { type CountableItem, planMinimums, type YearlyMinimums } from './minimums.rules.js';
import { allowedPlanActions } from './plan.rules.js';

const iso = (value: Date | null): string | null => value?.toISOString() ?? null;

/** A plan as the API shows it: with how it stands against the minimums and what the caller may do next. */
export const toPlanView = (plan: PlanEntity, items: readonly CountableItem[], required: YearlyMinimums, roles: readonly Role[]): PlanView => ({
  id: plan.id,
  tenantId: plan.tenantId,
  year: plan.year,
  title: plan.title,
  status: plan.status,
  suggestionsDeadline: plan.suggestionsDeadline,
  submittedAt: iso(plan.submittedAt),
  returnReason: plan.returnReason,
  approvedBy: plan.approvedBy,
  approvedByName: plan.approvedByName,
  approvedAt: iso(plan.approvedAt),
  decisionReference: plan.decisionReference,
  belowMinimumReason: plan.belowMinimumReason,
  skipSolicitationReason: plan.skipSolicitationReason,
  publishedBy: plan.publishedBy,
  publishedByName: plan.publishedByName,
  publishedAt: iso(plan.publishedAt),
  currentRevision: plan.currentRevision,
  itemCount: items.filter((item) => item.status !== 'cancelled').length,
  minimums: planMinimums(items, required),
  allowedActions: allowedPlanActions(roles, plan.status),
  createdBy: plan.createdBy,
  createdAt: plan.createdAt.toISOString(),
  updatedAt: plan.updatedAt.toISOString(),
  version: plan.version,
});

/** The plan as the audit trail keeps it: without the caller's buttons, which say nothing about the plan. */
export const planRecord = ({ allowedActions: _buttons, ...plan }: PlanView): Omit<PlanView, 'allowedActions'> => plan;
