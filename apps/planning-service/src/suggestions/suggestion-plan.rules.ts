import { PlanningErrorCode, type PlanStatus } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/** Branches draft, submit and send suggestions only while the plan asks for them. */
export const assertSoliciting = (status: PlanStatus): void => {
  if (status !== 'soliciting') {
    throw new AppException(PlanningErrorCode.PlanNotInState, `The plan is ${status}; suggestions are taken only while it is soliciting`, {
      status,
      allowedFrom: ['soliciting'],
    });
  }
};
