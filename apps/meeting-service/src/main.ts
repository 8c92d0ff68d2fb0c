import 'reflect-metadata';
import { launchService } from '@xieshang/platform-runtime';
import { configSchema } from './config/config.schema.js';
import { MeetingModule } from './meeting.module.js';

launchService({ name: 'meeting-service', configSchema, module: MeetingModule.register() });
