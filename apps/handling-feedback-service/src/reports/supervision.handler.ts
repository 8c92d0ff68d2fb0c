import { Inject, Injectable } from '@nestjs/common';
import { HandlingEvent, type ListResult, publishSupervisionSchema, type SupervisionPublishedPayload, type SupervisionReportView, yearQuerySchema } from '@xieshang/contracts';
import { type Clock } from '@xieshang/platform-deadlines';
import { recordEvent } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { SERVICE_CLOCK } from '@xieshang/platform-runtime';
import { currentCaller, nameOf, requireAnyRole } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { auditChange } from '../audit.js';
import { caseVisibility } from '../cases/case.rules.js';
import { DirectoryOrgUnits } from '../directory/directory-org-units.js';
import { OUTBOX } from '../handling.constants.js';
import { type SupervisedCase, supervisionEntries } from './supervision.rules.js';

const S = 'handling_feedback';

interface SupervisedRow {
  id: string;
  number: number;
  title: string;
  lead_org_unit_id: string;
  due_at: Date | null;
  released_at: Date | null;
  on_time: boolean | null;
  running: boolean;
  reasons: string[] | null;
}

interface ReportRow {
  id: string;
  year: number;
  title: string;
  remarks: string;
  entries: SupervisionReportView['entries'];
  published_at: Date;
  published_by_name: string;
}

const toView = (row: ReportRow): SupervisionReportView => ({
  id: row.id,
  year: row.year,
  title: row.title,
  remarks: row.remarks,
  entries: row.entries,
  publishedAt: new Date(row.published_at).toISOString(),
  publishedByName: row.published_by_name,
});

/** 督查通报: the supervisor, with the offices, reports the year's late and returned cases by department, and publishes it. */
@Injectable()
export class SupervisionHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: DirectoryOrgUnits,
    @Inject(SERVICE_CLOCK) private readonly clock: Clock,
  ) {}

  /** The facts as they stand now: what a published report will say. */
  async draft(query: z.infer<typeof yearQuerySchema>): Promise<SupervisionReportView> {
    requireAnyRole(currentCaller(), ['supervisor', 'office', 'gov-office', 'ufwd']);
    return { id: null, year: query.year, title: `${query.year}年度政党协商意见办理督查通报`, remarks: '', entries: await this.entries(query.year), publishedAt: null, publishedByName: null };
  }

  /** Published with the facts as they stand; the departments it names and the organisers are told. */
  async publish(command: z.infer<typeof publishSupervisionSchema>): Promise<SupervisionReportView> {
    const caller = currentCaller();
    requireAnyRole(caller, ['supervisor']);
    const entries = await this.entries(command.year);
    return this.database.write(async (manager) => {
      const rows: ReportRow[] = await manager.query(
        `insert into ${S}.supervision_reports (year, title, remarks, entries, named_org_unit_ids, published_by, published_by_name, published_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8) returning *`,
        [command.year, command.title, command.remarks, JSON.stringify(entries), entries.map((entry) => entry.orgUnitId), caller.personId, nameOf(caller), this.clock.now()],
      );
      const view = toView(rows[0]!);
      await auditChange(manager, 'supervision-report', view.id!, 'published', null, { year: view.year, title: view.title, departments: entries.map((entry) => entry.orgUnitId) });
      const published: SupervisionPublishedPayload = { reportId: view.id!, year: view.year, title: view.title, namedOrgUnitIds: entries.map((entry) => entry.orgUnitId) };
      await recordEvent(manager, { subject: HandlingEvent.SupervisionPublished, payload: published }, OUTBOX);
      return view;
    });
  }

  /** Published reports: every one for the district's people, only those naming it for a department. */
  list(query: z.infer<typeof yearQuerySchema>): Promise<ListResult<SupervisionReportView>> {
    const visibility = caseVisibility(currentCaller());
    return this.database.run(async (manager) => {
      const parameters: unknown[] = [query.year];
      let condition = 'true';
      if (visibility.kind === 'department') {
        parameters.push(visibility.orgUnitId);
        condition = '$2 = any(named_org_unit_ids)';
      } else if (visibility.kind === 'none') condition = 'false';
      const rows: ReportRow[] = await manager.query(`select * from ${S}.supervision_reports where year = $1 and ${condition} order by published_at desc`, parameters);
      return { items: rows.map(toView), total: rows.length };
    });
  }

  private async entries(year: number) {
    const rows: SupervisedRow[] = await this.database.run((manager) =>
      manager.query(
        `select c.id, c.number, c.title, c.lead_org_unit_id, c.due_at, c.released_at, c.on_time,
           c.status in ('assigned', 'co_signing', 'in_review') as running,
           (select array_agg(s.note order by s.id) from ${S}.case_steps s where s.case_id = c.id and s.step = 'review-sent-back') as reasons
         from ${S}.cases c
         where c.year = $1 and c.lead_org_unit_id is not null and (c.on_time = false or c.sent_back_count > 0 or c.due_at < $2 and c.status in ('assigned', 'co_signing', 'in_review'))
         order by c.number`,
        [year, this.clock.now()],
      ),
    );
    const cases: SupervisedCase[] = rows.map((row) => ({
      id: row.id,
      number: row.number,
      title: row.title,
      leadOrgUnitId: row.lead_org_unit_id,
      dueAt: row.due_at ? new Date(row.due_at) : null,
      releasedAt: row.released_at ? new Date(row.released_at) : null,
      onTime: row.on_time,
      running: row.running,
      sentBackReasons: row.reasons ?? [],
    }));
    return supervisionEntries(cases, this.clock.now(), await this.directory.names(cases.map((item) => item.leadOrgUnitId)));
  }
}
