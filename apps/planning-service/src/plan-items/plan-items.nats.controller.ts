import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type ListResult, type PlanItemView, PlanningSubject } from '@xieshang/contracts';
import { CancelPlanItemHandler } from './commands/cancel-plan-item.handler.js';
import { CreatePlanItemHandler } from './commands/create-plan-item.handler.js';
import { UpdatePlanItemHandler } from './commands/update-plan-item.handler.js';
import { PlanItemQueriesHandler } from './queries/plan-item-queries.handler.js';

@Controller()
export class PlanItemsNatsController {
  constructor(
    private readonly queries: PlanItemQueriesHandler,
    private readonly createItem: CreatePlanItemHandler,
    private readonly updateItem: UpdatePlanItemHandler,
    private readonly cancelItem: CancelPlanItemHandler,
  ) {}

  @MessagePattern(PlanningSubject.ListItems)
  list(@Payload() payload: unknown): Promise<ListResult<PlanItemView>> {
    return this.queries.list(payload);
  }

  @MessagePattern(PlanningSubject.GetItem)
  get(@Payload() payload: unknown): Promise<PlanItemView> {
    return this.queries.get(payload);
  }

  @MessagePattern(PlanningSubject.CreateItem)
  create(@Payload() payload: unknown): Promise<PlanItemView> {
    return this.createItem.execute(payload);
  }

  @MessagePattern(PlanningSubject.UpdateItem)
  update(@Payload() payload: unknown): Promise<PlanItemView> {
    return this.updateItem.execute(payload);
  }

  @MessagePattern(PlanningSubject.CancelItem)
  cancel(@Payload() payload: unknown): Promise<PlanItemView> {
    return this.cancelItem.execute(payload);
  }
}
