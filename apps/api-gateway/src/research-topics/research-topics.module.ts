import { Module } from '@nestjs/common';
import { ResearchTopicsController } from './research-topics.controller.js';

@Module({ controllers: [ResearchTopicsController] })
export class ResearchTopicsModule {}
