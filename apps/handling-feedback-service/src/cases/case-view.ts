import type { CaseRatingView, CaseStepView, CaseView } from '@xieshang/contracts';
import type { EntityManager } from 'typeorm';
import { type CaseRow, coHandlersOf, partiesOf } from './case.repository.js';
import { daysLeft } from './case.rules.js';

const S = 'handling_feedback';
const iso = (value: Date | null): string | null => (value ? new Date(value).toISOString() : null);
const day = (value: string | Date | null): string | null =>
  value === null ? null : typeof value === 'string' ? value.slice(0, 10) : new Date(value.getTime() - value.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

interface RatingRow {
  case_id: string;
  party_org_unit_id: string;
  round: number;
  satisfaction: CaseRatingView['satisfaction'];
  comment: string;
  requested_rehandling: boolean;
  rated_by_name: string;
  rated_at: Date;
}

interface StepRow {
  case_id: string;
  step: string;
  actor_name: string;
  actor_org_unit_id: string | null;
  at: Date;
  note: string;
}

/** Cases as the caller reads them, with their parties, co-handlers and ratings; `history` adds every step. */
export const toCaseViews = async (manager: EntityManager, rows: readonly CaseRow[], options: { now: Date; zone: string; history: boolean }): Promise<CaseView[]> => {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  // One after the other: they share the transaction's connection.
  const parties = await partiesOf(manager, ids);
  const handlers = await coHandlersOf(manager, ids);
  const ratings: RatingRow[] = await manager.query(`select * from ${S}.case_ratings where case_id = any($1) order by round, rated_at`, [ids]);
  const steps: StepRow[] = options.history ? await manager.query(`select * from ${S}.case_steps where case_id = any($1) order by id`, [ids]) : [];
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    title: row.title,
    text: row.text,
    status: row.status,
    track: row.track,
    suggestedTrack: row.suggested_track,
    source: { kind: row.source_kind, recordId: row.source_record_id, title: row.source_title, section: row.source_section },
    parties: parties
      .filter((party) => party.case_id === row.id)
      .map((party) => ({ partyOrgUnitId: party.party_org_unit_id, raisedByPersonId: party.raised_by_person_id, raisedByName: party.raised_by_name, opinionId: party.opinion_id })),
    draftingOrgUnitId: row.drafting_org_unit_id,
    assignedByRole: row.assigned_by_role,
    leadOrgUnitId: row.lead_org_unit_id,
    coHandlers: handlers
      .filter((handler) => handler.case_id === row.id)
      .map((handler) => ({ orgUnitId: handler.org_unit_id, signedAt: iso(handler.signed_at), signedByName: handler.signed_by_name, opinion: handler.opinion })),
    assignedAt: iso(row.assigned_at),
    dueAt: iso(row.due_at),
    daysLeft: ['assigned', 'co_signing', 'in_review', 'to_assign'].includes(row.status) ? daysLeft(row.due_at ? new Date(row.due_at) : null, options.now, options.zone) : null,
    extended: row.extended,
    extensionReason: row.extension_reason,
    outcome: row.outcome,
    reply: row.reply,
    plan: row.plan,
    planDueOn: day(row.plan_due_on),
    adoption: row.adoption,
    adoptionReason: row.adoption_reason,
    closeReason: row.close_reason,
    mergedIntoId: row.merged_into_id,
    splitFromId: row.split_from_id,
    rehandled: row.rehandled,
    sentBackCount: row.sent_back_count,
    releasedAt: iso(row.released_at),
    onTime: row.on_time,
    ratings: ratings
      .filter((rating) => rating.case_id === row.id)
      .map((rating) => ({
        partyOrgUnitId: rating.party_org_unit_id,
        round: rating.round,
        satisfaction: rating.satisfaction,
        comment: rating.comment,
        requestedRehandling: rating.requested_rehandling,
        ratedByName: rating.rated_by_name,
        ratedAt: new Date(rating.rated_at).toISOString(),
      })),
    history: steps
      .filter((step) => step.case_id === row.id)
      .map((step): CaseStepView => ({ step: step.step, actorName: step.actor_name, actorOrgUnitId: step.actor_org_unit_id, at: new Date(step.at).toISOString(), note: step.note })),
    raisedAt: new Date(row.raised_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
    version: row.version,
  }));
};
