import { Inject, Injectable } from '@nestjs/common';
import { CASE_STATUSES, type CaseStatus, type DashboardView, yearQuerySchema } from '@xieshang/contracts';
import { type Clock } from '@xieshang/platform-deadlines';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { SERVICE_CLOCK } from '@xieshang/platform-runtime';
import { currentCaller, requireAnyRole, requireTenantId } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { DirectoryOrgUnits } from '../directory/directory-org-units.js';
import { dashboardFigures, type CounterRow } from './dashboard.rules.js';

const S = 'handling_feedback';

interface OverdueRow {
  id: string;
  number: number;
  title: string;
  lead_org_unit_id: string | null;
  due_at: Date;
}

/**
 * The organisers' home page: the figures the projection keeps (read, not recounted) and the
 * overdue cases through the queue index. A city observer reads a district's with X-Tenant.
 */
@Injectable()
export class DashboardHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: DirectoryOrgUnits,
    @Inject(SERVICE_CLOCK) private readonly clock: Clock,
  ) {}

  async get(query: z.infer<typeof yearQuerySchema>): Promise<DashboardView> {
    requireAnyRole(currentCaller(), ['office', 'ufwd', 'gov-office', 'leader', 'supervisor', 'city-observer']);
    const { counters, overdue } = await this.database.run(async (manager) => ({
      counters: (await manager.query(`select dimension, key, count from ${S}.dashboard_counts where year = $1`, [query.year])) as CounterRow[],
      overdue: (await manager.query(
        `select id, number, title, lead_org_unit_id, due_at from ${S}.cases
         where status in ('assigned', 'co_signing', 'in_review') and due_at < $1 order by due_at limit 50`,
        [this.clock.now()],
      )) as OverdueRow[],
    }));
    const unitIds = counters.filter((row) => ['party', 'on-time', 'late'].includes(row.dimension)).map((row) => row.key);
    const names = await this.directory.names([...unitIds.filter((id) => id !== 'individual'), ...overdue.flatMap((row) => (row.lead_org_unit_id ? [row.lead_org_unit_id] : []))]);
    return {
      tenantId: requireTenantId(),
      ...dashboardFigures(query.year, counters, names, CASE_STATUSES as readonly CaseStatus[]),
      overdue: overdue.map((row) => ({ caseId: row.id, number: row.number, title: row.title, leadOrgUnitId: row.lead_org_unit_id, dueAt: new Date(row.due_at).toISOString() })),
    };
  }
}

