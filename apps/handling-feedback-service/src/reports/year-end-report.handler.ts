import { Injectable } from '@nestjs/common';
import { exportYearEndSchema, type ReportExportView, type Satisfaction, type YearEndReportView, yearQuerySchema } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, requireAnyRole } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { DirectoryOrgUnits } from '../directory/directory-org-units.js';
import { type LedgerCase, ledgerRows, yearEndFigures } from './year-end.rules.js';
import { caseLedgerXlsx } from './year-end.xlsx.js';
import { yearEndDocx } from './year-end.docx.js';

const S = 'handling_feedback';

interface LedgerRow {
  id: string;
  number: number;
  title: string;
  status: string;
  track: string | null;
  source_kind: LedgerCase['sourceKind'];
  lead_org_unit_id: string | null;
  adoption: LedgerCase['adoption'];
  outcome: LedgerCase['outcome'];
  plan_due_on: string | null;
  due_at: Date | null;
  released_at: Date | null;
  on_time: boolean | null;
  parties: string[] | null;
  party_names: string | null;
  satisfactions: Satisfaction[] | null;
}

/** UFWD's year-end report (§4.1.4): its figures, the DOCX report and the XLSX case ledger (台账). */
@Injectable()
export class YearEndReportHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: DirectoryOrgUnits,
  ) {}

  private async casesOf(year: number): Promise<{ cases: LedgerCase[]; names: Map<string, string> }> {
    requireAnyRole(currentCaller(), ['ufwd', 'office', 'leader', 'supervisor']);
    const rows: LedgerRow[] = await this.database.run((manager) =>
      manager.query(
        `select c.id, c.number, c.title, c.status, c.track, c.source_kind, c.lead_org_unit_id, c.adoption, c.outcome, c.plan_due_on::text, c.due_at, c.released_at, c.on_time,
           (select array_agg(distinct p.party_org_unit_id::text) from ${S}.case_parties p where p.case_id = c.id and p.party_org_unit_id is not null) as parties,
           (select string_agg(distinct p.raised_by_name, '、') from ${S}.case_parties p where p.case_id = c.id) as party_names,
           (select array_agg(r.satisfaction order by r.round, r.rated_at) from ${S}.case_ratings r where r.case_id = c.id) as satisfactions
         from ${S}.cases c where c.year = $1 order by c.number`,
        [year],
      ),
    );
    const cases = rows.map((row) => ({
      id: row.id,
      number: row.number,
      title: row.title,
      status: row.status,
      track: row.track,
      sourceKind: row.source_kind,
      partyOrgUnitIds: row.parties ?? [],
      partyNames: row.party_names ?? '',
      leadOrgUnitId: row.lead_org_unit_id,
      adoption: row.adoption,
      outcome: row.outcome,
      planDueOn: row.plan_due_on,
      dueAt: row.due_at ? new Date(row.due_at).toISOString() : null,
      releasedAt: row.released_at ? new Date(row.released_at).toISOString() : null,
      onTime: row.on_time,
      satisfactions: row.satisfactions ?? [],
    }));
    const ids = cases.flatMap((item) => [...item.partyOrgUnitIds, ...(item.leadOrgUnitId ? [item.leadOrgUnitId] : [])]);
    return { cases, names: await this.directory.names(ids) };
  }

  async report(query: z.infer<typeof yearQuerySchema>): Promise<YearEndReportView> {
    const { cases, names } = await this.casesOf(query.year);
    return yearEndFigures(query.year, cases, names);
  }

  async export(command: z.infer<typeof exportYearEndSchema>): Promise<ReportExportView> {
    const { cases, names } = await this.casesOf(command.year);
    if (command.format === 'xlsx') {
      const title = `${command.year}年度政党协商意见建议办理台账`;
      const bytes = await caseLedgerXlsx(title, ledgerRows(cases, names));
      return { fileName: `${title}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: bytes.toString('base64') };
    }
    const issuer = (await this.directory.nameOfKind('ufwd')) ?? '中共区委统战部';
    const today = new Date();
    const bytes = await yearEndDocx(yearEndFigures(command.year, cases, names), issuer, `${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`);
    return {
      fileName: `${command.year}年度政党协商意见建议办理情况报告.docx`,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      base64: bytes.toString('base64'),
    };
  }
}
