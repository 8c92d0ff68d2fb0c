import { Injectable } from '@nestjs/common';
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';
import { type ListResult, listQuerySchema, MAX_PAGE_SIZE, type MeetingPartyTodo, MEETING_SORT_FIELDS, meetingListFilterSchema, type MeetingView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { containsPattern, TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import { isOrganiserRole } from '../meeting-access.rules.js';
import { detailsOf, findVisibleMeeting } from '../meeting-repository.js';
import { MeetingEntity } from '../meeting.entity.js';
import { toMeetingView } from '../meeting-view.js';

export const listMeetingsSchema = listQuerySchema.extend({ filter: meetingListFilterSchema.default({}) });
export const getMeetingSchema = z.object({ id: z.uuid() });

const COLUMNS: Record<(typeof MEETING_SORT_FIELDS)[number], string> = {
  startsAt: 'starts_at',
  plannedDate: 'planned_date',
  title: 'title',
  type: 'type',
  status: 'status',
  createdAt: 'created_at',
};

/** A party's to-do: only meetings its unit is invited to, and what waits on it there. */
const applyPartyTodo = (builder: SelectQueryBuilder<MeetingEntity>, todo: MeetingPartyTodo, orgUnitId: string | null): void => {
  if (!orgUnitId) {
    builder.andWhere('false');
    return;
  }
  builder.andWhere(':party = any(meeting.invited_org_unit_ids)', { party: orgUnitId });
  if (todo === 'read') {
    builder.andWhere(`meeting.status = 'documents_ready'`);
    builder.andWhere('not exists (select 1 from meeting.meeting_readings reading where reading.meeting_id = meeting.id and reading.org_unit_id = :party)');
  } else if (todo === 'prepare') {
    builder.andWhere(`meeting.status in ('noticed', 'documents_ready')`);
  } else {
    builder.andWhere(`meeting.status in ('noticed', 'documents_ready')`);
    builder.andWhere(`exists (select 1 from meeting.prepared_opinions draft where draft.meeting_id = meeting.id and draft.org_unit_id = :party and draft.status = 'draft')`);
  }
};

/**
 * Meetings the caller may see: all of the district for its organisers, leader and supervisor
 * (a city observer: all but personnel consultations), otherwise those its unit leads, organises or
 * is invited to. Lists never carry nominees, minutes or opinions.
 */
@Injectable()
export class MeetingQueriesHandler {
  constructor(private readonly database: TenantDatabase) {}

  list(query: z.infer<typeof listMeetingsSchema>): Promise<ListResult<MeetingView>> {
    const caller = currentCaller();
    const [from, to] = query.range;
    if (to < from || to - from + 1 > MAX_PAGE_SIZE) throw AppException.invalidInput([{ path: 'range', message: `range must be [from, to] with at most ${MAX_PAGE_SIZE} rows` }]);
    const [field, order] = query.sort ?? ['startsAt', 'DESC'];
    if (!(field in COLUMNS)) throw AppException.invalidInput([{ path: 'sort', message: `sort by one of ${MEETING_SORT_FIELDS.join(', ')}` }]);
    const { filter } = query;
    return this.database.run(async (manager) => {
      const builder = manager.getRepository(MeetingEntity).createQueryBuilder('meeting');
      const wide = isOrganiserRole(caller) || caller.roles.includes('leader') || caller.roles.includes('supervisor');
      if (!wide && caller.roles.includes('city-observer')) builder.andWhere(`meeting.type <> 'personnel'`);
      else if (!wide) {
        builder.andWhere(
          new Brackets((own) => {
            own.where('false');
            if (caller.orgUnitId) {
              own.orWhere('meeting.lead_org_unit_id = :unit', { unit: caller.orgUnitId });
              own.orWhere('meeting.organiser_org_unit_id = :unit', { unit: caller.orgUnitId });
              own.orWhere(':unit = any(meeting.invited_org_unit_ids)', { unit: caller.orgUnitId });
            }
            if (caller.personId) own.orWhere(':person = any(meeting.invited_person_ids)', { person: caller.personId });
          }),
        );
      }
      if (filter.type) builder.andWhere('meeting.type = :type', { type: filter.type });
      if (filter.status) builder.andWhere('meeting.status = :status', { status: filter.status });
      if (filter.year) builder.andWhere('meeting.year = :year', { year: filter.year });
      if (filter.planItemId) builder.andWhere('meeting.plan_item_id = :planItemId', { planItemId: filter.planItemId });
      if (filter.late !== undefined) {
        builder.andWhere(`(meeting.late_notice_reason is not null or meeting.late_documents_reason is not null) = :late`, { late: filter.late });
      }
      if (filter.todo) applyPartyTodo(builder, filter.todo, caller.orgUnitId);
      if (filter.q) builder.andWhere('meeting.title ilike :q', { q: containsPattern(filter.q) });
      if (filter.id) builder.andWhere('meeting.id in (:...ids)', { ids: filter.id.length > 0 ? filter.id : [null] });
      const [items, total] = await builder
        .orderBy(`meeting.${COLUMNS[field as keyof typeof COLUMNS]}`, order, 'NULLS LAST')
        .addOrderBy('meeting.created_at', 'ASC')
        .addOrderBy('meeting.id', 'ASC')
        .offset(from)
        .limit(to - from + 1)
        .getManyAndCount();
      return { items: items.map((meeting) => toMeetingView(meeting, caller)), total };
    });
  }

  get(query: z.infer<typeof getMeetingSchema>): Promise<MeetingView> {
    const caller = currentCaller();
    return this.database.run(async (manager) => {
      const meeting = await findVisibleMeeting(manager, query.id, caller);
      return toMeetingView(meeting, caller, await detailsOf(manager, meeting.id));
    });
  }
}
