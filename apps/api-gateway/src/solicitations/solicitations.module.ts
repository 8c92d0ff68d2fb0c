import { Module } from '@nestjs/common';
import { RepliesController } from './replies.controller.js';
import { SolicitationsController } from './solicitations.controller.js';
import { SummaryController } from './summary.controller.js';

/** Written solicitations, the branches' replies and UFWD's summary; written-consultation-service decides. */
@Module({ controllers: [SolicitationsController, SummaryController, RepliesController] })
export class SolicitationsModule {}
