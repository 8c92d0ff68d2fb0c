import 'reflect-metadata';
import { launchService } from '@xieshang/platform-runtime';
import { configSchema } from './config/config.schema.js';
import { DirectoryModule } from './directory.module.js';

launchService({ name: 'directory-service', configSchema, module: DirectoryModule });
