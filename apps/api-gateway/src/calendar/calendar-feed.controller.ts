import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CalendarErrorCode, type CalendarFeed, CalendarSubject, tenantOfCalendarToken } from '@xieshang/contracts';
import { Public } from '@xieshang/platform-auth';
import { AppException } from '@xieshang/platform-errors';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { runInTenant } from '@xieshang/platform-tenancy';
import { CountedPublic } from '../rate-limit/counted-public.decorator.js';

/**
 * A person's iCalendar feed, for calendar applications that cannot sign in: the token is the
 * credential. It is public but counted per address like every other route, and the logs redact it.
 */
@ApiTags('calendar')
@Controller('api/v1/calendar')
export class CalendarFeedController {
  constructor(private readonly services: ServiceRequester) {}

  @Get(':token.ics')
  @Public()
  @CountedPublic()
  @ApiParam({ name: 'token', description: 'The token issued by POST /api/v1/calendar/subscription' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The meetings and interviews of the token’s person, a quarter back and a year ahead' })
  async feed(@Param('token') token: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const tenant = tenantOfCalendarToken(token);
    if (!tenant) throw new AppException(CalendarErrorCode.FeedNotFound, 'No calendar feed has this address');
    const feed = await runInTenant(tenant, () => this.services.request<CalendarFeed>(CalendarSubject.Feed, { token }));
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Cache-Control', 'private, max-age=300');
    return feed.ics;
  }
}
