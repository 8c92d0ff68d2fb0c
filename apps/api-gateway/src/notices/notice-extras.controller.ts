import { Body, Controller, Get, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type DeliveryView, type ListResult, NotificationSubject, type PreferencesView, type TaskView } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { parseListParams } from '../http/list-params.rules.js';
import { ListParams, sendPage } from '../http/route-helpers.js';
import { NOTICE_READERS } from './notices.controller.js';

/** What waits for the caller (待办), across the procedure: one list, soonest due first. */
@ApiTags('notices')
@ApiBearerAuth()
@Controller('api/v1/tasks')
export class TasksController {
  constructor(private readonly services: ServiceRequester) {}

  @Get()
  @Roles(...NOTICE_READERS)
  @ListParams('{"dueBy":"2027-03-31"}')
  @ApiOkResponse({ description: 'Open tasks for the caller in person or for a role they hold in their org unit; each links to its record' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<TaskView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<TaskView>>(NotificationSubject.ListTasks, query);
    return sendPage(response, 'tasks', query.range[0], page);
  }
}

/** The caller's own channels per category (mail at once, daily digest, off; text messages), address and quiet hours. */
@ApiTags('notices')
@ApiBearerAuth()
@Controller('api/v1/notice-preferences')
export class NoticePreferencesController {
  constructor(private readonly services: ServiceRequester) {}

  @Get()
  @Roles(...NOTICE_READERS)
  get(): Promise<PreferencesView> {
    return this.services.request<PreferencesView>(NotificationSubject.GetPreferences, null);
  }

  @Put()
  @Roles(...NOTICE_READERS)
  @ApiOkResponse({ description: 'The preferences as stored; the phone number masked' })
  put(@Body() body: unknown): Promise<PreferencesView> {
    return this.services.request<PreferencesView>(NotificationSubject.PutPreferences, body);
  }
}

/** Mails and text messages of the district, sent, waiting or failed with the reason: for its administrator. */
@ApiTags('notices')
@ApiBearerAuth()
@Controller('api/v1/notice-deliveries')
export class NoticeDeliveriesController {
  constructor(private readonly services: ServiceRequester) {}

  @Get()
  @Roles('tenant-admin')
  @ListParams('{"status":"failed"}')
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<DeliveryView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<DeliveryView>>(NotificationSubject.ListDeliveries, query);
    return sendPage(response, 'notice-deliveries', query.range[0], page);
  }
}
