import { Module } from '@nestjs/common';
import { PlanSuggestionsController } from './plan-suggestions.controller.js';

@Module({ controllers: [PlanSuggestionsController] })
export class PlanSuggestionsModule {}
