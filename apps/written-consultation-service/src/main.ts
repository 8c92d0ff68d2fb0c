import 'reflect-metadata';
import { launchService } from '@xieshang/platform-runtime';
import { configSchema } from './config/config.schema.js';
import { WrittenConsultationModule } from './written-consultation.module.js';

launchService({ name: 'written-consultation-service', configSchema, module: WrittenConsultationModule.register() });
