import { Injectable } from '@nestjs/common';
import { EXPORT_CONTENT_TYPES, exportPlanCommandSchema, PlanningErrorCode, type PlanExportView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { localDay } from '@xieshang/platform-deadlines';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import { DirectoryOrgUnits } from '../directory/directory-org-units.js';
import { toPlanItemView } from '../plan-items/plan-item.entity.js';
import { findVisiblePlan, itemsOfPlan } from '../plans/plan-repository.js';
import { exportFileName, noticeTitle, planTableRows } from './plan-document.rules.js';
import { planNoticeDocx } from './plan-notice.docx.js';
import { planTableXlsx } from './plan-table.xlsx.js';
import type { z } from 'zod';
import { PlanningSettings } from '../settings/planning-settings.js';

const RECIPIENTS = '各民主党派区总支委员会，无党派人士，区工商联，区级有关部门';

/** The day of an instant on the district's clock, as an official document writes it: 2027年1月5日. */
const chineseDay = (at: Date, zone: string): string => {
  const [year, month, day] = localDay(at, zone).split('-').map(Number);
  return `${year}年${month}月${day}日`;
};

/** The approved or published plan as a notice (DOCX) or its items table (XLSX). */
@Injectable()
export class ExportPlanHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly orgUnits: DirectoryOrgUnits,
    private readonly settings: PlanningSettings,
  ) {}

  async execute(command: z.infer<typeof exportPlanCommandSchema>): Promise<PlanExportView> {
    const caller = currentCaller();
    const { plan, items } = await this.database.run(async (manager) => {
      const found = await findVisiblePlan(manager, command.id, caller.roles);
      return { plan: found, items: (await itemsOfPlan(manager, found.id)).map(toPlanItemView) };
    });
    if (plan.status !== 'approved' && plan.status !== 'published') {
      throw new AppException(PlanningErrorCode.PlanNotInState, `Only an approved or published plan is exported; this one is ${plan.status}`, {
        status: plan.status,
        allowedFrom: ['approved', 'published'],
      });
    }
    const names = await this.orgUnits.names(items.flatMap((item) => [...item.participantOrgUnitIds, ...(item.leadOrgUnitId ? [item.leadOrgUnitId] : [])]));
    const rows = planTableRows(items, names);
    const content =
      command.format === 'docx'
        ? await planNoticeDocx({
            issuer: (await this.orgUnits.nameOfKind('party_office')) ?? '区委办公室',
            decisionReference: plan.decisionReference,
            planTitle: plan.title,
            year: plan.year,
            recipients: RECIPIENTS,
            rows,
            issuedOn: chineseDay(plan.approvedAt ?? new Date(), await this.settings.timeZone()),
          })
        : await planTableXlsx(noticeTitle(plan.title), rows);
    return { fileName: exportFileName(plan.title, command.format), contentType: EXPORT_CONTENT_TYPES[command.format], base64: content.toString('base64') };
  }
}
