import { Module } from '@nestjs/common';
import { PlanHistoryController } from './plan-history.controller.js';
import { PlanItemsController } from './plan-items.controller.js';
import { PlansController } from './plans.controller.js';

/** Plans, their items, revisions and exports; planning-service decides, the gateway maps REST to NATS. */
@Module({ controllers: [PlansController, PlanHistoryController, PlanItemsController] })
export class PlansModule {}
