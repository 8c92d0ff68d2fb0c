import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';

/** 集体研究准备意见: a party's opinion for the meeting, drafted by a member and approved by its leader. */
@Entity({ schema: 'meeting', name: 'prepared_opinions' })
export class PreparedOpinionEntity extends TenantScopedEntity {
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: 'draft' | 'approved';

  @Column({ name: 'drafted_by', type: 'text', nullable: true })
  draftedBy!: string | null;

  @Column({ name: 'drafted_by_name', type: 'text' })
  draftedByName!: string;

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_by_name', type: 'text', nullable: true })
  approvedByName!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;
}
