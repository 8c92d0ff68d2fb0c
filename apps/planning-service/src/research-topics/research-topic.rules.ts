import { CommonErrorCode, PlanningErrorCode, type ResearchTopicKind, type ResearchTopicStatus, type Role } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { isPlanInsider } from '../plans/plan-access.rules.js';

export interface StudyTourLimits {
  min: number;
  max: number;
}

/** UFWD organises 1–2 study tours a year (§5.3); one more than the tenant's maximum is refused. */
export const assertStudyTourFits = (toursThisYear: number, limits: StudyTourLimits, year: number): void => {
  if (toursThisYear + 1 > limits.max) {
    throw new AppException(PlanningErrorCode.TooManyStudyTours, `${year} already has ${toursThisYear} study tours; at most ${limits.max} a year`, {
      year,
      planned: toursThisYear,
      max: limits.max,
    });
  }
};

interface TopicShape {
  kind: ResearchTopicKind;
  status: ResearchTopicStatus;
  commissionedOrgUnitId: string | null;
}

/** The CPC side sees every topic; a party branch the catalogue, the study tours, and research commissioned to itself. */
export const maySeeTopic = (topic: TopicShape, roles: readonly Role[], orgUnitId: string | null): boolean => {
  if (isPlanInsider(roles)) return true;
  if (topic.kind === 'commissioned') return topic.commissionedOrgUnitId !== null && topic.commissionedOrgUnitId === orgUnitId;
  return true;
};

/** A branch's leader chooses an open or already chosen catalogue topic for their branch. */
export const assertMayChoose = (topic: TopicShape, roles: readonly Role[], orgUnitId: string | null): string => {
  if (!roles.includes('party-leader') || !orgUnitId) {
    throw new AppException(CommonErrorCode.Forbidden, 'Only a party branch’s leader chooses research topics for the branch');
  }
  if (topic.kind !== 'catalogue' || topic.status === 'closed') {
    throw new AppException(PlanningErrorCode.ResearchTopicNotInState, `A ${topic.status} ${topic.kind} topic cannot be chosen`, {
      kind: topic.kind,
      status: topic.status,
    });
  }
  return orgUnitId;
};

/** The committee commissions key research from the catalogue (or re-commissions it) until it is closed. */
export const assertMayCommission = (topic: TopicShape): void => {
  if (topic.kind === 'study_tour' || topic.status === 'closed') {
    throw new AppException(PlanningErrorCode.ResearchTopicNotInState, `A ${topic.status} ${topic.kind} cannot be commissioned`, {
      kind: topic.kind,
      status: topic.status,
    });
  }
};
