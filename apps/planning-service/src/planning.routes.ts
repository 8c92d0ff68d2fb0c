import {
  acceptSuggestionCommandSchema,
  approvePlanCommandSchema,
  cancelPlanItemCommandSchema,
  commissionResearchTopicCommandSchema,
  createPlanCommandSchema,
  createPlanItemCommandSchema,
  createResearchTopicCommandSchema,
  createSuggestionCommandSchema,
  declineSuggestionCommandSchema,
  districtPlanFiguresQuerySchema,
  exportPlanCommandSchema,
  PlanningSubject,
  publishPlanCommandSchema,
  researchTopicRefSchema,
  returnPlanCommandSchema,
  returnSuggestionCommandSchema,
  solicitPlanCommandSchema,
  submitPlanCommandSchema,
  suggestionRefSchema,
  updatePlanCommandSchema,
  updatePlanItemCommandSchema,
  updateResearchTopicCommandSchema,
  updateSuggestionCommandSchema,
} from '@xieshang/contracts';
import { route } from '@xieshang/platform-runtime';
import { ExportPlanHandler } from './export/export-plan.handler.js';
import { CancelPlanItemHandler } from './plan-items/commands/cancel-plan-item.handler.js';
import { CreatePlanItemHandler } from './plan-items/commands/create-plan-item.handler.js';
import { UpdatePlanItemHandler } from './plan-items/commands/update-plan-item.handler.js';
import { getPlanItemSchema, listPlanItemsSchema, PlanItemQueriesHandler } from './plan-items/queries/plan-item-queries.handler.js';
import { ApprovePlanHandler } from './plans/commands/approve-plan.handler.js';
import { CreatePlanHandler } from './plans/commands/create-plan.handler.js';
import { PlanTransitionHandler } from './plans/commands/plan-transition.handler.js';
import { PublishPlanHandler } from './plans/commands/publish-plan.handler.js';
import { UpdatePlanHandler } from './plans/commands/update-plan.handler.js';
import { DistrictPlanFiguresHandler } from './plans/queries/district-plan-figures.handler.js';
import { getPlanSchema, listPlansSchema, PlanQueriesHandler } from './plans/queries/plan-queries.handler.js';
import { CreateResearchTopicHandler } from './research-topics/commands/create-research-topic.handler.js';
import { ResearchTopicAssignmentHandler } from './research-topics/commands/research-topic-assignment.handler.js';
import { UpdateResearchTopicHandler } from './research-topics/commands/update-research-topic.handler.js';
import { getResearchTopicSchema, listResearchTopicsSchema, ResearchTopicQueriesHandler } from './research-topics/queries/research-topic-queries.handler.js';
import { getPlanRevisionSchema, listPlanRevisionsSchema, RevisionQueriesHandler } from './revisions/revision-queries.handler.js';
import { CreateSuggestionHandler } from './suggestions/commands/create-suggestion.handler.js';
import { DecideSuggestionHandler } from './suggestions/commands/decide-suggestion.handler.js';
import { SuggestionStepsHandler } from './suggestions/commands/suggestion-steps.handler.js';
import { UpdateSuggestionHandler } from './suggestions/commands/update-suggestion.handler.js';
import { getSuggestionSchema, listSuggestionsSchema, SuggestionQueriesHandler } from './suggestions/queries/suggestion-queries.handler.js';

/** Every subject planning-service answers: subject, input schema, handler method. */
export const PLANNING_ROUTES = [
  route(PlanningSubject.ListItems, listPlanItemsSchema, PlanItemQueriesHandler, 'list'),
  route(PlanningSubject.GetItem, getPlanItemSchema, PlanItemQueriesHandler, 'get'),
  route(PlanningSubject.CreateItem, createPlanItemCommandSchema, CreatePlanItemHandler, 'execute'),
  route(PlanningSubject.UpdateItem, updatePlanItemCommandSchema, UpdatePlanItemHandler, 'execute'),
  route(PlanningSubject.CancelItem, cancelPlanItemCommandSchema, CancelPlanItemHandler, 'execute'),
  route(PlanningSubject.ListPlans, listPlansSchema, PlanQueriesHandler, 'list'),
  route(PlanningSubject.GetPlan, getPlanSchema, PlanQueriesHandler, 'get'),
  route(PlanningSubject.CreatePlan, createPlanCommandSchema, CreatePlanHandler, 'execute'),
  route(PlanningSubject.UpdatePlan, updatePlanCommandSchema, UpdatePlanHandler, 'execute'),
  route(PlanningSubject.SolicitPlan, solicitPlanCommandSchema, PlanTransitionHandler, 'solicit'),
  route(PlanningSubject.SubmitPlanForReview, submitPlanCommandSchema, PlanTransitionHandler, 'submitForReview'),
  route(PlanningSubject.ReturnPlan, returnPlanCommandSchema, PlanTransitionHandler, 'return'),
  route(PlanningSubject.ApprovePlan, approvePlanCommandSchema, ApprovePlanHandler, 'execute'),
  route(PlanningSubject.PublishPlan, publishPlanCommandSchema, PublishPlanHandler, 'execute'),
  route(PlanningSubject.ListRevisions, listPlanRevisionsSchema, RevisionQueriesHandler, 'list'),
  route(PlanningSubject.GetRevision, getPlanRevisionSchema, RevisionQueriesHandler, 'get'),
  route(PlanningSubject.DistrictPlanFigures, districtPlanFiguresQuerySchema, DistrictPlanFiguresHandler, 'execute'),
  route(PlanningSubject.ExportPlan, exportPlanCommandSchema, ExportPlanHandler, 'execute'),
  route(PlanningSubject.ListResearchTopics, listResearchTopicsSchema, ResearchTopicQueriesHandler, 'list'),
  route(PlanningSubject.GetResearchTopic, getResearchTopicSchema, ResearchTopicQueriesHandler, 'get'),
  route(PlanningSubject.CreateResearchTopic, createResearchTopicCommandSchema, CreateResearchTopicHandler, 'execute'),
  route(PlanningSubject.UpdateResearchTopic, updateResearchTopicCommandSchema, UpdateResearchTopicHandler, 'execute'),
  route(PlanningSubject.ChooseResearchTopic, researchTopicRefSchema, ResearchTopicAssignmentHandler, 'choose'),
  route(PlanningSubject.CommissionResearchTopic, commissionResearchTopicCommandSchema, ResearchTopicAssignmentHandler, 'commission'),
  route(PlanningSubject.ListSuggestions, listSuggestionsSchema, SuggestionQueriesHandler, 'list'),
  route(PlanningSubject.GetSuggestion, getSuggestionSchema, SuggestionQueriesHandler, 'get'),
  route(PlanningSubject.CreateSuggestion, createSuggestionCommandSchema, CreateSuggestionHandler, 'execute'),
  route(PlanningSubject.UpdateSuggestion, updateSuggestionCommandSchema, UpdateSuggestionHandler, 'execute'),
  route(PlanningSubject.SubmitSuggestion, suggestionRefSchema, SuggestionStepsHandler, 'submit'),
  route(PlanningSubject.ApproveSuggestion, suggestionRefSchema, SuggestionStepsHandler, 'approve'),
  route(PlanningSubject.ReturnSuggestion, returnSuggestionCommandSchema, SuggestionStepsHandler, 'return'),
  route(PlanningSubject.AcceptSuggestion, acceptSuggestionCommandSchema, DecideSuggestionHandler, 'accept'),
  route(PlanningSubject.DeclineSuggestion, declineSuggestionCommandSchema, DecideSuggestionHandler, 'decline'),
];
