import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  createSubmissionSchema,
  escalateSubmissionSchema,
  forwardSubmissionSchema,
  type ListResult,
  type SubmissionView,
  submitSubmissionSchema,
  updateSubmissionSchema,
  WrittenSubject,
} from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { CityReadable } from '../city/city-readable.decorator.js';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { parseListParams } from '../http/list-params.rules.js';
import { bodyOf, ListParams, sendPage, ZodBody } from '../http/route-helpers.js';
import { BRANCH_DRAFTERS, SUBMISSION_READERS } from '../solicitations/written-http.js';

/** The parties' own submissions (调研报告, 建议, 个人名义), through UFWD to the Party committee or the government. */
@ApiTags('submissions')
@ApiBearerAuth()
@Controller('api/v1/submissions')
export class SubmissionsController {
  constructor(private readonly services: ServiceRequester) {}

  @CityReadable()
  @Get()
  @Roles(...SUBMISSION_READERS)
  @ListParams('{"kind":"research_report","status":"submitted"}')
  @ApiOkResponse({ description: 'A page of the submissions the caller may see; Content-Range gives the total' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<SubmissionView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<SubmissionView>>(WrittenSubject.ListSubmissions, query);
    return sendPage(response, 'submissions', query.range[0], page);
  }

  @CityReadable()
  @Get(':id')
  @Roles(...SUBMISSION_READERS)
  @ApiOkResponse({ description: 'One submission, with where it went and, once raised to the city, the city’s decision' })
  get(@Param('id', ID_PARAM) id: string): Promise<SubmissionView> {
    return this.services.request<SubmissionView>(WrittenSubject.GetSubmission, { id });
  }

  @Post()
  @Roles(...BRANCH_DRAFTERS)
  @ZodBody(createSubmissionSchema, 'A branch’s draft; advice in one’s own name (personal_advice) is a party leader’s')
  create(@Body() body: unknown): Promise<SubmissionView> {
    return this.services.request<SubmissionView>(WrittenSubject.CreateSubmission, bodyOf(body));
  }

  @Put(':id')
  @Roles(...BRANCH_DRAFTERS)
  @ZodBody(updateSubmissionSchema, 'Edits a draft')
  update(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<SubmissionView> {
    return this.services.request<SubmissionView>(WrittenSubject.UpdateSubmission, { ...bodyOf(body), id });
  }

  @Post(':id/request-approval')
  @HttpCode(200)
  @Roles(...BRANCH_DRAFTERS)
  @ApiOkResponse({ description: 'A collective submission goes to the branch leader for approval' })
  requestApproval(@Param('id', ID_PARAM) id: string): Promise<SubmissionView> {
    return this.services.request<SubmissionView>(WrittenSubject.RequestSubmissionApproval, { id });
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('party-leader')
  @ZodBody(submitSubmissionSchema, 'To UFWD: a collective submission with its review’s form and day, advice in one’s own name by its author; each recommendation becomes an opinion')
  submit(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<SubmissionView> {
    return this.services.request<SubmissionView>(WrittenSubject.SubmitSubmission, { ...bodyOf(body), id });
  }

  @Post(':id/forward')
  @HttpCode(200)
  @Roles('ufwd')
  @ZodBody(forwardSubmissionSchema, 'UFWD forwards it to the Party committee or the government')
  forward(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<SubmissionView> {
    return this.services.request<SubmissionView>(WrittenSubject.ForwardSubmission, { ...bodyOf(body), id });
  }

  @Post(':id/escalate')
  @HttpCode(200)
  @Roles('ufwd')
  @ZodBody(escalateSubmissionSchema, 'UFWD raises a research report to the city (409 WRITTEN.NOT_ESCALATABLE otherwise); the city’s record appears shortly after')
  escalate(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<SubmissionView> {
    return this.services.request<SubmissionView>(WrittenSubject.EscalateSubmission, { ...bodyOf(body), id });
  }
}
