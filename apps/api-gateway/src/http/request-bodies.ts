import { z } from 'zod';
import {
  acceptSuggestionSchema,
  approvePlanSchema,
  cancelPlanItemSchema,
  commissionResearchTopicSchema,
  createOrgUnitSchema,
  createPersonSchema,
  createPlanSchema,
  createResearchTopicSchema,
  createSuggestionSchema,
  createTenantSchema,
  declineSuggestionSchema,
  planItemInputSchema,
  preferencesSchema,
  putSettingsSchema,
  replaceOrgUnitTemplateSchema,
  returnPlanSchema,
  returnSuggestionSchema,
  setPersonPasswordSchema,
  solicitPlanSchema,
  submitPlanSchema,
  updateOrgUnitSchema,
  updatePersonSchema,
  updatePlanItemSchema,
  updatePlanSchema,
  updateResearchTopicSchema,
  updateSuggestionSchema,
} from '@xieshang/contracts';

/** An action whose path says everything: any field in its body is unknown. */
export const NO_BODY = z.strictObject({});

/**
 * The body every write accepts, keyed `METHOD /path` as Express declares the route. The gateway
 * checks a body against it before anything is forwarded, and the OpenAPI document shows the same
 * schema, so what is documented is what is enforced. The id of a path is never a body field.
 */
export const REQUEST_BODIES: Readonly<Record<string, z.ZodType>> = {
  'POST /api/v1/plans': createPlanSchema,
  'PUT /api/v1/plans/:id': updatePlanSchema,
  'POST /api/v1/plans/:id/solicit': solicitPlanSchema,
  'POST /api/v1/plans/:id/submit-for-review': submitPlanSchema,
  'POST /api/v1/plans/:id/approve': approvePlanSchema,
  'POST /api/v1/plans/:id/return': returnPlanSchema,
  'POST /api/v1/plans/:id/publish': NO_BODY,
  'POST /api/v1/plans/:id/items': planItemInputSchema,
  'PUT /api/v1/plan-items/:id': updatePlanItemSchema,
  'POST /api/v1/plan-items/:id/cancel': cancelPlanItemSchema,
  'POST /api/v1/plan-suggestions': createSuggestionSchema,
  'PUT /api/v1/plan-suggestions/:id': updateSuggestionSchema,
  'POST /api/v1/plan-suggestions/:id/submit': NO_BODY,
  'POST /api/v1/plan-suggestions/:id/approve': NO_BODY,
  'POST /api/v1/plan-suggestions/:id/return': returnSuggestionSchema,
  'POST /api/v1/plan-suggestions/:id/accept': acceptSuggestionSchema,
  'POST /api/v1/plan-suggestions/:id/decline': declineSuggestionSchema,
  'POST /api/v1/research-topics': createResearchTopicSchema,
  'PUT /api/v1/research-topics/:id': updateResearchTopicSchema,
  'POST /api/v1/research-topics/:id/choose': NO_BODY,
  'POST /api/v1/research-topics/:id/commission': commissionResearchTopicSchema,
  'POST /api/v1/notices/:id/read': NO_BODY,
  'PUT /api/v1/notice-preferences': preferencesSchema,
  'POST /api/v1/org-units': createOrgUnitSchema,
  'PUT /api/v1/org-units/:id': updateOrgUnitSchema.omit({ id: true }),
  'POST /api/v1/org-units/:id/retire': NO_BODY,
  'POST /api/v1/org-units/:id/reactivate': NO_BODY,
  'POST /api/v1/users': createPersonSchema,
  'PUT /api/v1/users/:id': updatePersonSchema.omit({ id: true }),
  'POST /api/v1/users/:id/disable': NO_BODY,
  'POST /api/v1/users/:id/enable': NO_BODY,
  'POST /api/v1/users/:id/password': setPersonPasswordSchema.omit({ id: true }),
  'PUT /api/v1/settings': putSettingsSchema,
  'DELETE /api/v1/settings/:key': NO_BODY,
  'PUT /api/v1/org-unit-templates': replaceOrgUnitTemplateSchema,
  'POST /api/v1/tenants': createTenantSchema,
};

export const requestBodyOf = (method: string, routePath: string): z.ZodType | undefined => REQUEST_BODIES[`${method.toUpperCase()} ${routePath}`];
