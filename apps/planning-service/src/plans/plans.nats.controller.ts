import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type DistrictPlanFigures, type ListResult, PlanningSubject, type PlanExportView, type PlanRevisionView, type PlanView } from '@xieshang/contracts';
import { ExportPlanHandler } from '../export/export-plan.handler.js';
import { RevisionQueriesHandler } from '../revisions/revision-queries.handler.js';
import { ApprovePlanHandler } from './commands/approve-plan.handler.js';
import { CreatePlanHandler } from './commands/create-plan.handler.js';
import { PlanTransitionHandler } from './commands/plan-transition.handler.js';
import { PublishPlanHandler } from './commands/publish-plan.handler.js';
import { UpdatePlanHandler } from './commands/update-plan.handler.js';
import { DistrictPlanFiguresHandler } from './queries/district-plan-figures.handler.js';
import { PlanQueriesHandler } from './queries/plan-queries.handler.js';

@Controller()
export class PlansNatsController {
  constructor(
    private readonly queries: PlanQueriesHandler,
    private readonly createPlan: CreatePlanHandler,
    private readonly updatePlan: UpdatePlanHandler,
    private readonly transitions: PlanTransitionHandler,
    private readonly approvePlan: ApprovePlanHandler,
    private readonly publishPlan: PublishPlanHandler,
    private readonly revisions: RevisionQueriesHandler,
    private readonly exportPlan: ExportPlanHandler,
    private readonly districtFigures: DistrictPlanFiguresHandler,
  ) {}

  @MessagePattern(PlanningSubject.ListPlans)
  list(@Payload() payload: unknown): Promise<ListResult<PlanView>> {
    return this.queries.list(payload);
  }

  @MessagePattern(PlanningSubject.GetPlan)
  get(@Payload() payload: unknown): Promise<PlanView> {
    return this.queries.get(payload);
  }

  @MessagePattern(PlanningSubject.CreatePlan)
  create(@Payload() payload: unknown): Promise<PlanView> {
    return this.createPlan.execute(payload);
  }

  @MessagePattern(PlanningSubject.UpdatePlan)
  update(@Payload() payload: unknown): Promise<PlanView> {
    return this.updatePlan.execute(payload);
  }

  @MessagePattern(PlanningSubject.SolicitPlan)
  solicit(@Payload() payload: unknown): Promise<PlanView> {
    return this.transitions.solicit(payload);
  }

  @MessagePattern(PlanningSubject.SubmitPlanForReview)
  submitForReview(@Payload() payload: unknown): Promise<PlanView> {
    return this.transitions.submitForReview(payload);
  }

  @MessagePattern(PlanningSubject.ReturnPlan)
  returnToDraft(@Payload() payload: unknown): Promise<PlanView> {
    return this.transitions.return(payload);
  }

  @MessagePattern(PlanningSubject.ApprovePlan)
  approve(@Payload() payload: unknown): Promise<PlanView> {
    return this.approvePlan.execute(payload);
  }

  @MessagePattern(PlanningSubject.PublishPlan)
  publish(@Payload() payload: unknown): Promise<PlanView> {
    return this.publishPlan.execute(payload);
  }

  @MessagePattern(PlanningSubject.ListRevisions)
  listRevisions(@Payload() payload: unknown): Promise<ListResult<PlanRevisionView>> {
    return this.revisions.list(payload);
  }

  @MessagePattern(PlanningSubject.GetRevision)
  getRevision(@Payload() payload: unknown): Promise<PlanRevisionView> {
    return this.revisions.get(payload);
  }

  @MessagePattern(PlanningSubject.DistrictPlanFigures)
  figures(@Payload() payload: unknown): Promise<DistrictPlanFigures[]> {
    return this.districtFigures.execute(payload);
  }

  @MessagePattern(PlanningSubject.ExportPlan)
  export(@Payload() payload: unknown): Promise<PlanExportView> {
    return this.exportPlan.execute(payload);
  }
}
