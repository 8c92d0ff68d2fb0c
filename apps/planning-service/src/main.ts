import 'reflect-metadata';
import { launchService } from '@xieshang/platform-runtime';
import { configSchema } from './config/config.schema.js';
import { PlanningModule } from './planning.module.js';

launchService({ name: 'planning-service', configSchema, module: PlanningModule.register() });
