import { Injectable } from '@nestjs/common';
import { CommonErrorCode, createMeetingCommandSchema, type MeetingView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { localDateTimeOf } from '@xieshang/platform-deadlines';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { DirectoryOrgUnits } from '../../directory/directory-org-units.js';
import { DirectoryPeople } from '../../directory/directory-people.js';
import { MeetingSettings } from '../../settings/meeting-settings.js';
import { scheduleLeadWarnings } from '../lead-time-warnings.js';
import { isOrganiserRole } from '../meeting-access.rules.js';
import { auditMeeting, recordStep } from '../meeting-records.js';
import { detailsOf } from '../meeting-repository.js';
import { assertKnownParticipants, assertKnownPeople, assertNominees, assertStartsAhead, meetingYear, namedOrgUnits, namedPeople } from '../meeting.rules.js';
import { MeetingEntity } from '../meeting.entity.js';
import { toMeetingView } from '../meeting-view.js';

/** Office or UFWD adds a meeting the plan did not foresee, a joint meeting (§5.1) among them. */
@Injectable()
export class CreateMeetingHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly orgUnits: DirectoryOrgUnits,
    private readonly people: DirectoryPeople,
    private readonly settings: MeetingSettings,
  ) {}

  async execute(command: z.infer<typeof createMeetingCommandSchema>): Promise<MeetingView> {
    const caller = currentCaller();
    if (!isOrganiserRole(caller)) throw new AppException(CommonErrorCode.Forbidden, 'Only office or UFWD add a meeting');
    const now = new Date();
    const startsAt = command.startsAt ? new Date(command.startsAt) : null;
    assertNominees(command.type, command.nominees);
    assertStartsAhead(startsAt, now);
    const named = namedOrgUnits(command);
    assertKnownParticipants(named, await this.orgUnits.knownIds(named.map((unit) => unit.id)));
    const invited = namedPeople(command);
    assertKnownPeople(invited, await this.people.knownIds(invited.map((person) => person.id)));
    const [lead, zone] = await Promise.all([this.settings.leadDays(), this.settings.timeZone()]);
    return this.database.write(async (manager) => {
      const meeting = await manager.getRepository(MeetingEntity).save(
        manager.getRepository(MeetingEntity).create({
          type: command.type,
          title: command.title,
          origin: 'added',
          planId: null,
          planItemId: null,
          plannedDate: null,
          plannedMonth: null,
          year: meetingYear(startsAt, null, localDateTimeOf(now, zone).year, zone),
          chairName: command.chairName ?? null,
          startsAt,
          place: command.place ?? null,
          leadOrgUnitId: command.leadOrgUnitId,
          organiserOrgUnitId: caller.orgUnitId,
          invitedOrgUnitIds: [...new Set(command.invitedOrgUnitIds)],
          invitedPersonIds: [...new Set(command.invitedPersonIds)],
          nominees: command.nominees,
          attendance: [],
          status: 'planned',
          createdBy: caller.personId,
        }),
      );
      await scheduleLeadWarnings(manager, meeting, lead, now);
      await recordStep(manager, meeting, 'created', caller);
      await auditMeeting(manager, meeting, 'created', null, caller);
      return toMeetingView(meeting, caller, await detailsOf(manager, meeting.id));
    });
  }
}
