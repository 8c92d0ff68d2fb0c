import { Module } from '@nestjs/common';
import { InterviewsController } from './interviews.controller.js';

@Module({ controllers: [InterviewsController] })
export class InterviewsModule {}
