import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanRevisionView, RevisionChanges, RevisionItem } from '@xieshang/contracts';

/** The published plan as it stood after one change (临时调整); never updated once written. */
@Entity({ schema: 'planning', name: 'plan_revisions' })
export class PlanRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ name: 'made_by', type: 'text', nullable: true })
  madeBy!: string | null;

  @Column({ name: 'made_by_name', type: 'text' })
  madeByName!: string;

  @Column({ name: 'made_at', type: 'timestamptz', default: () => 'now()' })
  madeAt!: Date;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'below_minimum_reason', type: 'text', nullable: true })
  belowMinimumReason!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'jsonb' })
  items!: RevisionItem[];

  @Column({ type: 'jsonb' })
  changes!: RevisionChanges;
}

export const toRevisionView = (revision: PlanRevisionEntity, withItems: boolean): PlanRevisionView => ({
  id: revision.id,
  planId: revision.planId,
  number: revision.number,
  madeBy: revision.madeBy,
  madeByName: revision.madeByName,
  madeAt: revision.madeAt.toISOString(),
  reason: revision.reason,
  belowMinimumReason: revision.belowMinimumReason,
  changes: revision.changes,
  itemCount: revision.items.filter((item) => item.status === 'active').length,
  ...(withItems ? { items: revision.items } : {}),
});
