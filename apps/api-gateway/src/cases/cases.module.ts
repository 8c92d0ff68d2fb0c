import { Module } from '@nestjs/common';
import { CaseHandlingController } from './case-handling.controller.js';
import { CasesController } from './cases.controller.js';
import { HandlingReportsController } from '../handling-reports/handling-reports.controller.js';
import { SupervisionController } from '../handling-reports/supervision.controller.js';
import { DashboardController } from '../handling-reports/dashboard.controller.js';

/** Cases from opinions to feedback; handling-feedback-service decides, the gateway maps REST to NATS. */
@Module({ controllers: [CasesController, CaseHandlingController, HandlingReportsController, SupervisionController, DashboardController] })
export class CasesModule {}
