import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditSubject, type AuditChainVerification, type AuditEventView, type ListResult } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { parseListParams } from '../http/list-params.rules.js';
import { sendPage } from '../http/route-helpers.js';

/** Who answers for what happened in a tenant: its administrators, its leaders, its supervisors. */
const AUDIT_READERS = ['tenant-admin', 'leader', 'supervisor'] as const;

@ApiTags('audit-events')
@ApiBearerAuth()
@Controller('api/v1/audit-events')
export class AuditEventsController {
  constructor(private readonly services: ServiceRequester) {}

  @Get()
  @Roles(...AUDIT_READERS, 'city-observer')
  @ApiQuery({
    name: 'filter',
    required: false,
    description: 'JSON: {"entity":"org-unit","entityId":"…","action":"created","actorId":"…","context":"directory","from":"2026-03-01","to":"2026-03-31","q":"…"}',
  })
  @ApiQuery({ name: 'range', required: false, description: 'JSON: [0,24]' })
  @ApiQuery({ name: 'sort', required: false, description: 'JSON: ["seq","DESC"] or ["occurredAt","ASC"]' })
  @ApiOkResponse({ description: 'A page of the audit trail; Content-Range gives the total' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<AuditEventView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<AuditEventView>>(AuditSubject.ListEvents, query);
    return sendPage(response, 'audit-events', query.range[0], page);
  }

  // Declared before `:id` so that "verify" is never read as a record id.
  @Get('verify')
  @Roles(...AUDIT_READERS, 'city-observer')
  @ApiOkResponse({ description: "Re-walks the tenant's hash chain: valid, records checked, last seq and hash, and the first broken link if any" })
  verify(): Promise<AuditChainVerification> {
    return this.services.request<AuditChainVerification>(AuditSubject.VerifyChain, {});
  }

  @Get(':id')
  @Roles(...AUDIT_READERS, 'city-observer')
  @ApiOkResponse({ description: 'One record of the audit trail with its chain link' })
  get(@Param('id') id: string): Promise<AuditEventView> {
    return this.services.request<AuditEventView>(AuditSubject.GetEvent, { id });
  }
}
