import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type DashboardView, HandlingSubject } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { AppException } from '@xieshang/platform-errors';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { CityReadable } from '../city/city-readable.decorator.js';

const yearOf = (value: unknown): number => {
  if (value === undefined) return new Date().getFullYear();
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2999) throw AppException.invalidInput([{ path: 'year', message: 'must be a year between 2000 and 2999' }]);
  return year;
};

/** The organisers' home page; a city observer reads each district's with X-Tenant, side by side. */
@ApiTags('handling-reports')
@ApiBearerAuth()
@Controller('api/v1/handling-dashboard')
export class DashboardController {
  constructor(private readonly services: ServiceRequester) {}

  @CityReadable()
  @Get()
  @Roles('office', 'ufwd', 'gov-office', 'leader', 'supervisor', 'city-observer')
  @ApiQuery({ name: 'year', required: false, description: 'This year when left out' })
  @ApiOkResponse({ description: 'Plan against the yearly minimums, meetings held, opinions by party, cases by state, on-time rate by department, overdue cases' })
  get(@Query('year') year: unknown): Promise<DashboardView> {
    return this.services.request<DashboardView>(HandlingSubject.Dashboard, { year: yearOf(year) });
  }
}
