import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type ListResult, PlanningSubject, type ResearchTopicView } from '@xieshang/contracts';
import { CreateResearchTopicHandler } from './commands/create-research-topic.handler.js';
import { ResearchTopicAssignmentHandler } from './commands/research-topic-assignment.handler.js';
import { UpdateResearchTopicHandler } from './commands/update-research-topic.handler.js';
import { ResearchTopicQueriesHandler } from './queries/research-topic-queries.handler.js';

@Controller()
export class ResearchTopicsNatsController {
  constructor(
    private readonly queries: ResearchTopicQueriesHandler,
    private readonly createTopic: CreateResearchTopicHandler,
    private readonly updateTopic: UpdateResearchTopicHandler,
    private readonly assignment: ResearchTopicAssignmentHandler,
  ) {}

  @MessagePattern(PlanningSubject.ListResearchTopics)
  list(@Payload() payload: unknown): Promise<ListResult<ResearchTopicView>> {
    return this.queries.list(payload);
  }

  @MessagePattern(PlanningSubject.GetResearchTopic)
  get(@Payload() payload: unknown): Promise<ResearchTopicView> {
    return this.queries.get(payload);
  }

  @MessagePattern(PlanningSubject.CreateResearchTopic)
  create(@Payload() payload: unknown): Promise<ResearchTopicView> {
    return this.createTopic.execute(payload);
  }

  @MessagePattern(PlanningSubject.UpdateResearchTopic)
  update(@Payload() payload: unknown): Promise<ResearchTopicView> {
    return this.updateTopic.execute(payload);
  }

  @MessagePattern(PlanningSubject.ChooseResearchTopic)
  choose(@Payload() payload: unknown): Promise<ResearchTopicView> {
    return this.assignment.choose(payload);
  }

  @MessagePattern(PlanningSubject.CommissionResearchTopic)
  commission(@Payload() payload: unknown): Promise<ResearchTopicView> {
    return this.assignment.commission(payload);
  }
}
