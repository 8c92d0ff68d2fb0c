import { Module } from '@nestjs/common';
import { EscalationsController } from './escalations.controller.js';
import { SubmissionsController } from './submissions.controller.js';

/** The parties' submissions and the city's escalations; written-consultation-service decides. */
@Module({ controllers: [SubmissionsController, EscalationsController] })
export class SubmissionsModule {}
