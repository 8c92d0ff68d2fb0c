import type { RevisionChanges } from './plan-revision.contract.js';

/** `evt.planning.plan.solicited.v1`: the party branches asked for topics, and by when. */
export interface PlanSolicitedPayload {
  planId: string;
  year: number;
  title: string;
  suggestionsDeadline: string;
  partyOrgUnitIds: string[];
  solicitedBy: string | null;
}

/** `evt.planning.plan.approved.v1` */
export interface PlanApprovedPayload {
  planId: string;
  year: number;
  title: string;
  approvedBy: string | null;
  approvedByName: string;
  approvedAt: string;
  decisionReference: string;
  belowMinimumReason: string | null;
}

/** `evt.planning.plan.published.v1`: the party branches (democratic parties, non-party, federation) to tell. */
export interface PlanPublishedPayload {
  planId: string;
  year: number;
  title: string;
  itemCount: number;
  partyOrgUnitIds: string[];
  publishedBy: string | null;
  publishedByName: string;
  decisionReference: string | null;
}

/** `evt.planning.plan.revised.v1` */
export interface PlanRevisedPayload {
  planId: string;
  year: number;
  title: string;
  revision: number;
  reason: string;
  changes: RevisionChanges;
  partyOrgUnitIds: string[];
  revisedBy: string | null;
}

/** `evt.planning.suggestion.decided.v1` */
export interface SuggestionDecidedPayload {
  suggestionId: string;
  planId: string;
  orgUnitId: string;
  topic: string;
  decision: 'accepted' | 'declined';
  reason: string | null;
  planItemId: string | null;
}
