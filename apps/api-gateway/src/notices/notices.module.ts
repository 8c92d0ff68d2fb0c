import { Module } from '@nestjs/common';
import { NoticeDeliveriesController, NoticePreferencesController, TasksController } from './notice-extras.controller.js';
import { NoticesController } from './notices.controller.js';

@Module({ controllers: [NoticesController, TasksController, NoticePreferencesController, NoticeDeliveriesController] })
export class NoticesModule {}
