import { eventSubject } from '../common/event-envelope.js';

/** Request/reply subjects answered by planning-service: `<context>.<aggregate>.<verb>`. */
export const PlanningSubject = {
  ListPlans: 'planning.plan.list',
  GetPlan: 'planning.plan.get',
  CreatePlan: 'planning.plan.create',
  UpdatePlan: 'planning.plan.update',
  SolicitPlan: 'planning.plan.solicit',
  SubmitPlanForReview: 'planning.plan.submit-for-review',
  ApprovePlan: 'planning.plan.approve',
  ReturnPlan: 'planning.plan.return',
  PublishPlan: 'planning.plan.publish',
  ExportPlan: 'planning.plan.export',
  /** A system request from the directory's city view: each named district's plan of a year. */
  DistrictPlanFigures: 'planning.plan.district-figures',
  ListRevisions: 'planning.plan-revision.list',
  GetRevision: 'planning.plan-revision.get',
  ListItems: 'planning.plan-item.list',
  GetItem: 'planning.plan-item.get',
  CreateItem: 'planning.plan-item.create',
  UpdateItem: 'planning.plan-item.update',
  CancelItem: 'planning.plan-item.cancel',
  ListSuggestions: 'planning.plan-suggestion.list',
  GetSuggestion: 'planning.plan-suggestion.get',
  CreateSuggestion: 'planning.plan-suggestion.create',
  UpdateSuggestion: 'planning.plan-suggestion.update',
  SubmitSuggestion: 'planning.plan-suggestion.submit',
  ApproveSuggestion: 'planning.plan-suggestion.approve',
  ReturnSuggestion: 'planning.plan-suggestion.return',
  AcceptSuggestion: 'planning.plan-suggestion.accept',
  DeclineSuggestion: 'planning.plan-suggestion.decline',
  ListResearchTopics: 'planning.research-topic.list',
  GetResearchTopic: 'planning.research-topic.get',
  CreateResearchTopic: 'planning.research-topic.create',
  UpdateResearchTopic: 'planning.research-topic.update',
  ChooseResearchTopic: 'planning.research-topic.choose',
  CommissionResearchTopic: 'planning.research-topic.commission',
} as const;

/** Events planning-service publishes through its outbox. */
export const PlanningEvent = {
  PlanSolicited: eventSubject('planning', 'plan', 'solicited'),
  PlanApproved: eventSubject('planning', 'plan', 'approved'),
  PlanPublished: eventSubject('planning', 'plan', 'published'),
  PlanRevised: eventSubject('planning', 'plan', 'revised'),
  SuggestionDecided: eventSubject('planning', 'suggestion', 'decided'),
} as const;

export const PlanningErrorCode = {
  PlanExists: 'PLANNING.PLAN_EXISTS',
  PlanNotInState: 'PLANNING.PLAN_NOT_IN_STATE',
  MinimumsNotMet: 'PLANNING.MINIMUMS_NOT_MET',
  /** Every suggestion a branch has sent is accepted or declined before the plan goes to review. */
  SuggestionsUndecided: 'PLANNING.SUGGESTIONS_UNDECIDED',
  ItemCancelled: 'PLANNING.ITEM_CANCELLED',
  SuggestionNotInState: 'PLANNING.SUGGESTION_NOT_IN_STATE',
  SuggestionDeadlinePassed: 'PLANNING.SUGGESTION_DEADLINE_PASSED',
  ResearchTopicNotInState: 'PLANNING.RESEARCH_TOPIC_NOT_IN_STATE',
  TooManyStudyTours: 'PLANNING.TOO_MANY_STUDY_TOURS',
  /** Field-level refusals that need the plan or the directory to decide; the gateway answers 422. */
  UnknownOrgUnit: 'VALIDATION.UNKNOWN_ORG_UNIT',
  OutsidePlanYear: 'VALIDATION.OUTSIDE_PLAN_YEAR',
  ReasonRequired: 'VALIDATION.REASON_REQUIRED',
  /** A suggestions deadline that is already past would refuse every suggestion. */
  DeadlinePassed: 'VALIDATION.DEADLINE_PASSED',
} as const;
