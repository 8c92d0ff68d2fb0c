import { Injectable } from '@nestjs/common';
import { CommonErrorCode, InterviewEvent, requestInterviewCommandSchema, type InterviewView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { auditChange } from '../interview-audit.js';
import { InterviewDirectory } from '../interview-directory.js';
import { scheduleTask } from '../interview-events.rules.js';
import { openTask, recordInterviewEvent } from '../interview-outbox.js';
import { interviewRecord, toInterviewView } from '../interview-view.js';
import { InterviewEntity } from '../interview.entity.js';

/** A party's leader asks, for their own party, to see a CPC leader; UFWD is asked to arrange it. */
@Injectable()
export class RequestInterviewHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: InterviewDirectory,
  ) {}

  async execute(command: z.infer<typeof requestInterviewCommandSchema>): Promise<InterviewView> {
    const caller = currentCaller();
    const partyOrgUnitId = caller.orgUnitId;
    if (!caller.roles.includes('party-leader') || !partyOrgUnitId) {
      throw new AppException(CommonErrorCode.Forbidden, 'Only a party’s leader asks for an interview, for their own party');
    }
    await this.directory.party(partyOrgUnitId, 'orgUnitId');
    const arrangerOrgUnitId = await this.directory.arrangerOrgUnitId();
    return this.database.write(async (manager) => {
      const repository = manager.getRepository(InterviewEntity);
      const interview = await repository.save(
        repository.create({
          origin: 'party',
          status: 'requested',
          partyOrgUnitId,
          subject: command.subject,
          information: command.information,
          preferredLeader: command.preferredLeader ?? null,
          organiserOrgUnitIds: arrangerOrgUnitId ? [arrangerOrgUnitId] : [],
          requestedBy: caller.personId,
          requestedByName: nameOf(caller),
        }),
      );
      const view = toInterviewView(interview);
      await auditChange(manager, 'interview', interview.id, 'requested', null, interviewRecord(view));
      await recordInterviewEvent(manager, InterviewEvent.Requested, interview);
      if (arrangerOrgUnitId) await openTask(manager, scheduleTask(interview, arrangerOrgUnitId));
      return view;
    });
  }
}
