import { Injectable } from '@nestjs/common';
import { CommonErrorCode, MeetingErrorCode, MeetingEvent, type MeetingView, updateMeetingCommandSchema } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { DirectoryOrgUnits } from '../../directory/directory-org-units.js';
import { DirectoryPeople } from '../../directory/directory-people.js';
import { MeetingSettings } from '../../settings/meeting-settings.js';
import { scheduleLeadWarnings } from '../lead-time-warnings.js';
import { scheduleMeetingReminder } from '../meeting-reminder.js';
import { isOrganiserRole } from '../meeting-access.rules.js';
import { auditMeeting, recordMeetingEvent, recordStep, snapshot } from '../meeting-records.js';
import { detailsOf, findVisibleMeeting } from '../meeting-repository.js';
import { assertKnownParticipants, assertKnownPeople, assertNominees, assertStartsAhead, EDITABLE_STATES, meetingYear, namedOrgUnits, namedPeople } from '../meeting.rules.js';
import { MeetingEntity } from '../meeting.entity.js';
import { toMeetingView } from '../meeting-view.js';

/**
 * Office or UFWD sets the day, place, chair and invitees until the meeting is held. Once the notice
 * is out, a new day or place needs a reason and everyone invited is told (`rescheduled`); their
 * reminder moves with the day and follows the invitees.
 */
@Injectable()
export class UpdateMeetingHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly orgUnits: DirectoryOrgUnits,
    private readonly people: DirectoryPeople,
    private readonly settings: MeetingSettings,
  ) {}

  async execute(command: z.infer<typeof updateMeetingCommandSchema>): Promise<MeetingView> {
    const caller = currentCaller();
    if (!isOrganiserRole(caller)) throw new AppException(CommonErrorCode.Forbidden, 'Only office or UFWD change a meeting');
    const now = new Date();
    const startsAt = command.startsAt ? new Date(command.startsAt) : null;
    assertStartsAhead(startsAt, now);
    const named = namedOrgUnits(command);
    assertKnownParticipants(named, await this.orgUnits.knownIds(named.map((unit) => unit.id)));
    const invited = namedPeople(command);
    assertKnownPeople(invited, await this.people.knownIds(invited.map((person) => person.id)));
    const [lead, zone] = await Promise.all([this.settings.leadDays(), this.settings.timeZone()]);
    return this.database.write(async (manager) => {
      const meeting = await findVisibleMeeting(manager, command.id, caller, true);
      if (meeting.version !== command.version) {
        throw new AppException(CommonErrorCode.VersionConflict, 'The meeting was changed meanwhile', { expected: command.version, actual: meeting.version });
      }
      if (!EDITABLE_STATES.includes(meeting.status)) throw new AppException(MeetingErrorCode.NotInState, `A ${meeting.status} meeting cannot change`);
      assertNominees(meeting.type, command.nominees);
      const before = snapshot(meeting, caller);
      const moved = (meeting.startsAt?.getTime() ?? null) !== (startsAt?.getTime() ?? null) || (meeting.place ?? null) !== (command.place ?? null);
      const told = moved && meeting.status !== 'planned';
      if (told && !command.reason) throw AppException.invalidInput([{ path: 'reason', message: 'required to move a meeting whose notice is out' }]);
      Object.assign(meeting, {
        title: command.title,
        chairName: command.chairName ?? null,
        startsAt,
        place: command.place ?? null,
        leadOrgUnitId: command.leadOrgUnitId,
        invitedOrgUnitIds: [...new Set(command.invitedOrgUnitIds)],
        invitedPersonIds: [...new Set(command.invitedPersonIds)],
        nominees: command.nominees,
        year: meetingYear(startsAt, meeting.plannedDate, meeting.year, zone),
      });
      const saved = await manager.getRepository(MeetingEntity).save(meeting);
      await scheduleLeadWarnings(manager, saved, lead, now);
      await scheduleMeetingReminder(manager, saved, zone, now);
      if (told) await recordMeetingEvent(manager, MeetingEvent.Rescheduled, saved, command.reason ?? null);
      await recordStep(manager, saved, told ? 'rescheduled' : 'updated', caller, command.reason ?? null);
      await auditMeeting(manager, saved, told ? 'rescheduled' : 'updated', before, caller);
      return toMeetingView(saved, caller, await detailsOf(manager, saved.id));
    });
  }
}
