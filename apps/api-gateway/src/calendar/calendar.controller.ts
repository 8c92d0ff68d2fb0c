import { Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  type CalendarEventView,
  CalendarSubject,
  type CalendarSubscriptionIssued,
  type CalendarSubscriptionView,
  type Role,
} from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';

/** Everyone who works inside one district has a calendar of what they are invited to. */
const CALENDAR_OWNERS: Role[] = ['tenant-admin', 'office', 'ufwd', 'gov-office', 'party-member', 'party-leader', 'department', 'leader', 'supervisor'];

/** The signed-in person's calendar: the month view's events and their feed subscription. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('api/v1/calendar')
export class CalendarController {
  constructor(private readonly services: ServiceRequester) {}

  @Get('events')
  @Roles(...CALENDAR_OWNERS)
  @ApiQuery({ name: 'from', required: true, description: 'First day, China time: 2027-03-01' })
  @ApiQuery({ name: 'to', required: true, description: 'Last day, included; at most 62 days after from' })
  @ApiOkResponse({ description: 'The meetings and interviews the caller is invited to or organises, by start' })
  events(@Query('from') from: unknown, @Query('to') to: unknown): Promise<CalendarEventView[]> {
    return this.services.request<CalendarEventView[]>(CalendarSubject.Events, { from, to });
  }

  @Get('subscription')
  @Roles(...CALENDAR_OWNERS)
  @ApiOkResponse({ description: 'Whether the caller has a feed address; the address itself is shown only when issued' })
  subscription(): Promise<CalendarSubscriptionView> {
    return this.services.request<CalendarSubscriptionView>(CalendarSubject.GetSubscription, null);
  }

  @Post('subscription')
  @HttpCode(200)
  @Roles(...CALENDAR_OWNERS)
  @ApiOkResponse({ description: 'A new feed token (GET /api/v1/calendar/{token}.ics); any earlier token stops working' })
  rotate(): Promise<CalendarSubscriptionIssued> {
    return this.services.request<CalendarSubscriptionIssued>(CalendarSubject.RotateSubscription, null);
  }

  @Delete('subscription')
  @HttpCode(200)
  @Roles(...CALENDAR_OWNERS)
  @ApiOkResponse({ description: 'The feed address stops working at once' })
  revoke(): Promise<CalendarSubscriptionView> {
    return this.services.request<CalendarSubscriptionView>(CalendarSubject.RevokeSubscription, null);
  }
}
