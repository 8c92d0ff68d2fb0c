import { Module } from '@nestjs/common';
import { CalendarFeedController } from './calendar-feed.controller.js';
import { CalendarController } from './calendar.controller.js';

@Module({ controllers: [CalendarController, CalendarFeedController] })
export class CalendarModule {}
