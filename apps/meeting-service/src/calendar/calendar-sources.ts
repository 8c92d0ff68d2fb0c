import type { Provider, Type } from '@nestjs/common';
import { InterviewCalendarSource } from '../interviews/interview-calendar.source.js';
import { MeetingCalendarSource } from '../meetings/meeting-calendar.source.js';
import { CALENDAR_SOURCES, type CalendarSource } from './calendar-source.js';

/**
 * Every source of calendar events. A new kind of record adds its source here, in one line, and
 * the month view and the feed list it with the others.
 */
export const CALENDAR_SOURCE_TYPES: Type<CalendarSource>[] = [InterviewCalendarSource, MeetingCalendarSource];

export const calendarSourceProviders: Provider[] = [
  ...CALENDAR_SOURCE_TYPES,
  { provide: CALENDAR_SOURCES, inject: CALENDAR_SOURCE_TYPES, useFactory: (...sources: CalendarSource[]) => sources },
];
