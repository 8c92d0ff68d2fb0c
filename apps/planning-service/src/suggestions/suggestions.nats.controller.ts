import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type ListResult, PlanningSubject, type PlanSuggestionView } from '@xieshang/contracts';
import { CreateSuggestionHandler } from './commands/create-suggestion.handler.js';
import { DecideSuggestionHandler } from './commands/decide-suggestion.handler.js';
import { SuggestionStepsHandler } from './commands/suggestion-steps.handler.js';
import { UpdateSuggestionHandler } from './commands/update-suggestion.handler.js';
import { SuggestionQueriesHandler } from './queries/suggestion-queries.handler.js';

@Controller()
export class SuggestionsNatsController {
  constructor(
    private readonly queries: SuggestionQueriesHandler,
    private readonly createSuggestion: CreateSuggestionHandler,
    private readonly updateSuggestion: UpdateSuggestionHandler,
    private readonly steps: SuggestionStepsHandler,
    private readonly decisions: DecideSuggestionHandler,
  ) {}

  @MessagePattern(PlanningSubject.ListSuggestions)
  list(@Payload() payload: unknown): Promise<ListResult<PlanSuggestionView>> {
    return this.queries.list(payload);
  }

  @MessagePattern(PlanningSubject.GetSuggestion)
  get(@Payload() payload: unknown): Promise<PlanSuggestionView> {
    return this.queries.get(payload);
  }

  @MessagePattern(PlanningSubject.CreateSuggestion)
  create(@Payload() payload: unknown): Promise<PlanSuggestionView> {
    return this.createSuggestion.execute(payload);
  }

  @MessagePattern(PlanningSubject.UpdateSuggestion)
  update(@Payload() payload: unknown): Promise<PlanSuggestionView> {
    return this.updateSuggestion.execute(payload);
  }

  @MessagePattern(PlanningSubject.SubmitSuggestion)
  submit(@Payload() payload: unknown): Promise<PlanSuggestionView> {
    return this.steps.submit(payload);
  }

  @MessagePattern(PlanningSubject.ApproveSuggestion)
  approve(@Payload() payload: unknown): Promise<PlanSuggestionView> {
    return this.steps.approve(payload);
  }

  @MessagePattern(PlanningSubject.ReturnSuggestion)
  returnToDraft(@Payload() payload: unknown): Promise<PlanSuggestionView> {
    return this.steps.return(payload);
  }

  @MessagePattern(PlanningSubject.AcceptSuggestion)
  accept(@Payload() payload: unknown): Promise<PlanSuggestionView> {
    return this.decisions.accept(payload);
  }

  @MessagePattern(PlanningSubject.DeclineSuggestion)
  decline(@Payload() payload: unknown): Promise<PlanSuggestionView> {
    return this.decisions.decline(payload);
  }
}
