import { Body, Controller, Delete, Get, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SettingsSubject, type EffectiveSettingsView, type SettingEntry } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { contentRange } from '../http/list-params.rules.js';

/** The rules of the procedure concern everyone who organises it; only the tenant's admin changes them. */
const READERS = ['tenant-admin', 'platform-admin', 'city-observer', 'office', 'ufwd', 'leader', 'supervisor'] as const;
const WRITERS = ['tenant-admin', 'platform-admin'] as const;

const withRange = (response: Response, settings: SettingEntry[]): SettingEntry[] => {
  response.setHeader('Content-Range', contentRange('settings', 0, settings.length, settings.length));
  return settings;
};

@ApiTags('settings')
@ApiBearerAuth()
@Controller('api/v1/settings')
export class SettingsController {
  constructor(private readonly services: ServiceRequester) {}

  /** Every setting with its effective value and where it comes from: 'default', 'city' or 'tenant'. */
  @Get()
  @Roles(...READERS)
  @ApiOkResponse({ description: '[{ id, key, value, source }]' })
  async list(@Res({ passthrough: true }) response: Response): Promise<SettingEntry[]> {
    return withRange(response, (await this.effective()).settings);
  }

  @Get(':key')
  @Roles(...READERS)
  @ApiOkResponse({ description: 'One setting with its effective value and source' })
  async get(@Param('key') key: string): Promise<SettingEntry> {
    const entry = (await this.effective()).settings.find((setting) => setting.key === key);
    if (!entry) throw AppException.notFound('setting', key);
    return entry;
  }

  /** Sets the tenant's own values: `{ values: { "meeting.noticeLeadDays": 12 } }`; each key is checked by its rule. */
  @Put()
  @Roles(...WRITERS)
  @ApiOkResponse({ description: 'Every setting as now in effect' })
  async put(@Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<SettingEntry[]> {
    const view = await this.services.request<EffectiveSettingsView>(SettingsSubject.Put, body);
    return withRange(response, view.settings);
  }

  /** Drops the tenant's own value, so the city's or the built-in default applies again. */
  @Delete(':key')
  @Roles(...WRITERS)
  @ApiOkResponse({ description: 'The setting as now in effect' })
  async reset(@Param('key') key: string): Promise<SettingEntry | undefined> {
    const view = await this.services.request<EffectiveSettingsView>(SettingsSubject.Reset, { key });
    return view.settings.find((setting) => setting.key === key);
  }

  private effective(): Promise<EffectiveSettingsView> {
    return this.services.request<EffectiveSettingsView>(SettingsSubject.Effective, null);
  }
}
