import 'reflect-metadata';
import { launchService } from '@xieshang/platform-runtime';
import { configSchema } from './config/config.schema.js';
import { NotificationModule } from './notification.module.js';

launchService({ name: 'notification-service', configSchema, module: NotificationModule.register() });
