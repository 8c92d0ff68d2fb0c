import { Injectable } from '@nestjs/common';
import { InterviewEvent, inviteInterviewCommandSchema, type InterviewView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { auditChange } from '../interview-audit.js';
import { MeetingSettings } from '../../settings/meeting-settings.js';
import { InterviewDirectory } from '../interview-directory.js';
import { prepareTask, scheduleTask } from '../interview-events.rules.js';
import { openTask, recordInterviewEvent } from '../interview-outbox.js';
import { interviewRecord, toInterviewView } from '../interview-view.js';
import { InterviewEntity } from '../interview.entity.js';
import { assertInFuture, endOf, inviterIsLeader } from '../interview.rules.js';

/**
 * A CPC leader invites a party's leaders (or UFWD/the office does it for a named leader). With a
 * time and place the invitation is the arrangement (`scheduled`); without, UFWD arranges it.
 */
@Injectable()
export class InviteInterviewHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: InterviewDirectory,
    private readonly settings: MeetingSettings,
  ) {}

  async execute(command: z.infer<typeof inviteInterviewCommandSchema>): Promise<InterviewView> {
    const caller = currentCaller();
    const selfInvited = inviterIsLeader(caller, command.leaderPersonId);
    if (command.startsAt) assertInFuture(command.startsAt, new Date());
    await this.directory.party(command.partyOrgUnitId);
    // A leader who invites is named by their directory id, as a leader chosen by UFWD is.
    const leaderPersonId = selfInvited ? await this.directory.callerPersonId() : (command.leaderPersonId as string);
    const leaderName = selfInvited ? nameOf(caller) : await this.directory.leaderName(leaderPersonId);
    const arrangerOrgUnitId = command.startsAt ? null : await this.directory.arrangerOrgUnitId();
    const zone = await this.settings.timeZone();
    return this.database.write(async (manager) => {
      const repository = manager.getRepository(InterviewEntity);
      const scheduled = command.startsAt !== undefined;
      const now = new Date();
      const interview = await repository.save(
        repository.create({
          origin: 'cpc',
          status: scheduled ? 'scheduled' : 'requested',
          partyOrgUnitId: command.partyOrgUnitId,
          subject: command.subject,
          information: command.information,
          leaderPersonId,
          leaderName,
          startsAt: command.startsAt ? new Date(command.startsAt) : null,
          endsAt: command.startsAt ? endOf(command.startsAt, command.durationMinutes) : null,
          place: command.place ?? null,
          organiserOrgUnitIds: caller.orgUnitId ? [caller.orgUnitId] : [],
          requestedBy: caller.personId,
          requestedByName: nameOf(caller),
          ...(scheduled ? { scheduledBy: caller.personId, scheduledByName: nameOf(caller), scheduledAt: now } : {}),
        }),
      );
      const view = toInterviewView(interview);
      await auditChange(manager, 'interview', interview.id, 'invited', null, interviewRecord(view));
      await recordInterviewEvent(manager, scheduled ? InterviewEvent.Scheduled : InterviewEvent.Requested, interview);
      if (scheduled) await openTask(manager, prepareTask(interview, zone));
      else if (arrangerOrgUnitId) await openTask(manager, scheduleTask(interview, arrangerOrgUnitId));
      return view;
    });
  }
}
