import { Module } from '@nestjs/common';
import { MeetingDocumentsController } from './meeting-documents.controller.js';
import { MeetingPartiesController } from './meeting-parties.controller.js';
import { MeetingsController } from './meetings.controller.js';

/** Meetings and what their parties do; meeting-service decides, the gateway maps REST to NATS. */
@Module({ controllers: [MeetingsController, MeetingPartiesController, MeetingDocumentsController] })
export class MeetingsModule {}
