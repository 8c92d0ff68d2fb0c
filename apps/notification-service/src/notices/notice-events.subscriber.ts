import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type EventEnvelope, type LiveNoticeMessage, type Role, type TaskDonePayload, taskDonePayloadSchema, type TaskOpenedPayload, taskOpenedPayloadSchema } from '@xieshang/contracts';
import { ServiceEvents, SettingsClient } from '@xieshang/platform-runtime';
import type { EntityManager } from 'typeorm';
import { NoticeDeliveries } from '../delivery/notice-deliveries.js';
import { LiveNotices } from '../live/live-notices.js';
import { DirectoryPeople } from '../routing/directory-people.js';
import { NOTICE_SOURCES, RETIRED_NOTICE_DURABLES, routeOf } from '../routing/notice-routes.js';
import { isEmptyQuery, peopleQueryOf } from '../routing/recipients.rules.js';
import { closeTask, openTask, taskSubjectOf } from '../tasks/task-events.js';
import { parsePayload } from './notice-events.schema.js';
import { NoticeTemplateSource } from './notice-templates.js';
import { type PreparedNotice, writeNotices } from './write-notices.js';

type PreparedTask =
  | { task: 'opened'; context: string; payload: TaskOpenedPayload; told: Array<{ personId: string; message: LiveNoticeMessage }> }
  | {
      task: 'done';
      context: string;
      payload: TaskDonePayload;
      told: Array<{ personId: string; message: LiveNoticeMessage }>;
      /** A task that waited for role holders of a unit: who they are is asked after commit. */
      unit?: { orgUnitId: string | null; roles: Role[] };
    };
type Prepared = PreparedNotice | PreparedTask | null;

/** The subject an envelope was published on: `evt.<type>.v<version>`. */
const subjectOf = (envelope: EventEnvelope): string => `evt.${envelope.type}.v${envelope.version}`;

/**
 * Reads every producing context's events (NOTICE_SOURCES) and does what the routing table and the
 * task events say: notices for people, the 待办 list. Who is who is asked of the directory before
 * the inbox transaction opens; live readers are told once it committed.
 */
@Injectable()
export class NoticeEventsSubscriber implements OnModuleInit {
  constructor(
    private readonly events: ServiceEvents,
    private readonly templates: NoticeTemplateSource,
    private readonly settings: SettingsClient,
    private readonly people: DirectoryPeople,
    private readonly live: LiveNotices,
    private readonly deliveries: NoticeDeliveries,
  ) {}

  onModuleInit(): void {
    this.events.retire(...RETIRED_NOTICE_DURABLES);
    for (const source of NOTICE_SOURCES) {
      this.events.subscribe({
        durable: source.durable,
        filterSubjects: source.subject,
        startFrom: 'new',
        // Notices are keyed by person and event, tasks ordered by their events' time: order does not matter.
        concurrency: 8,
        prepare: (envelope) => this.prepare(envelope),
        handler: (manager, envelope, prepared) => this.apply(manager, envelope, prepared as Prepared),
        afterCommit: (envelope, prepared) => this.told(envelope, prepared as Prepared),
      });
    }
  }

  private async prepare(envelope: EventEnvelope): Promise<Prepared> {
    const subject = subjectOf(envelope);
    const task = taskSubjectOf(subject);
    if (task) return this.prepareTask(envelope, subject, task);
    const route = routeOf(subject);
    if (!route) return null;
    const payload = parsePayload(route.payload, envelope.payload, subject);
    const query = peopleQueryOf(route.recipients(payload));
    if (isEmptyQuery(query)) return null;
    const recipients = await this.people.resolve(query);
    if (recipients.length === 0) return null;
    const [templates, timeZone] = await Promise.all([this.templates.templates(route.kind, envelope.tenantId), this.settings.timeZone(envelope.tenantId)]);
    return { route, payload, recipients, templates, timeZone, told: [] };
  }

  private async prepareTask(envelope: EventEnvelope, subject: string, task: { context: string; change: 'opened' | 'done' }): Promise<PreparedTask> {
    if (task.change === 'done') return { task: 'done', context: task.context, payload: parsePayload(taskDonePayloadSchema, envelope.payload, subject), told: [] };
    const payload = parsePayload(taskOpenedPayloadSchema, envelope.payload, subject);
    const { assignee } = payload;
    const query =
      'orgUnitId' in assignee ? peopleQueryOf({ orgUnitRoles: [{ orgUnitId: assignee.orgUnitId, roles: assignee.roles }] }) : peopleQueryOf({ roles: 'roles' in assignee ? assignee.roles : [] });
    const people = 'personId' in assignee ? [assignee.personId] : (await this.people.resolve(query)).map((person) => person.id);
    return { task: 'opened', context: task.context, payload, told: people.map((personId) => ({ personId, message: { type: 'tasks' } })) };
  }

  private async apply(manager: EntityManager, envelope: EventEnvelope, prepared: Prepared): Promise<void> {
    if (!prepared) return;
    if ('task' in prepared) {
      if (prepared.task === 'opened') await openTask(manager, prepared.context, prepared.payload, envelope);
      else await this.closeAndTell(manager, envelope, prepared);
      return;
    }
    await writeNotices(manager, envelope.id, prepared, this.deliveries.settings);
  }

  /** Whoever the closed task waited for sees their list change. */
  private async closeAndTell(manager: EntityManager, envelope: EventEnvelope, prepared: Extract<PreparedTask, { task: 'done' }>): Promise<void> {
    await closeTask(manager, prepared.context, prepared.payload, envelope);
    const rows: Array<{ assignee_person_id: string | null; assignee_org_unit_id: string | null; assignee_roles: Role[] }> = await manager.query(
      'select assignee_person_id, assignee_org_unit_id, assignee_roles from notification.tasks where task_key = $1',
      [prepared.payload.taskKey],
    );
    for (const row of rows) {
      if (row.assignee_person_id) prepared.told.push({ personId: row.assignee_person_id, message: { type: 'tasks' } });
      if (!row.assignee_person_id) prepared.unit = { orgUnitId: row.assignee_org_unit_id, roles: row.assignee_roles };
    }
  }

  private async told(envelope: EventEnvelope, prepared: Prepared): Promise<void> {
    if (!prepared) return;
    if ('task' in prepared && prepared.task === 'done' && prepared.unit) {
      const { orgUnitId, roles } = prepared.unit;
      const people = await this.people.resolve(peopleQueryOf(orgUnitId ? { orgUnitRoles: [{ orgUnitId, roles }] } : { roles }));
      prepared.told.push(...people.map((person) => ({ personId: person.id, message: { type: 'tasks' } as const })));
    }
    if (prepared.told.length === 0) return;
    this.live.tell(envelope.tenantId, prepared.told);
    if (!('task' in prepared)) this.deliveries.worker.wake();
  }
}
