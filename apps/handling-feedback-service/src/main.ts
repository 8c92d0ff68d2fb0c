import 'reflect-metadata';
import { launchService } from '@xieshang/platform-runtime';
import { configSchema } from './config/config.schema.js';
import { HandlingFeedbackModule } from './handling-feedback.module.js';

launchService({ name: 'handling-feedback-service', configSchema, module: HandlingFeedbackModule.register() });
