import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

const S = 'handling_feedback';

export type CounterDimension = 'status' | 'party' | 'on-time' | 'late' | 'meetings' | 'plan' | 'plan-minimum' | 'plan-status';

/** Adds `delta` to one counter of the dashboard, in the transaction of the change it counts. */
export const bumpCounter = (manager: EntityManager, year: number, dimension: CounterDimension, key: string, delta = 1): Promise<unknown> =>
  manager.query(
    `insert into ${S}.dashboard_counts (year, dimension, key, count) values ($1, $2, $3, $4)
     on conflict (tenant_id, year, dimension, key) do update set count = ${S}.dashboard_counts.count + excluded.count`,
    [year, dimension, key, delta],
  );

/** Sets one counter outright (the plan's figures as planning last reported them). */
export const setCounter = (manager: EntityManager, year: number, dimension: CounterDimension, key: string, value: number): Promise<unknown> =>
  manager.query(
    `insert into ${S}.dashboard_counts (year, dimension, key, count) values ($1, $2, $3, $4)
     on conflict (tenant_id, year, dimension, key) do update set count = excluded.count`,
    [year, dimension, key, value],
  );

@Injectable()
export class DashboardCounters {
  opinionRecorded(manager: EntityManager, year: number, partyOrgUnitId: string | null): Promise<unknown> {
    return bumpCounter(manager, year, 'party', partyOrgUnitId ?? 'individual');
  }
}
