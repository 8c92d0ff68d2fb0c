import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { OpinionForm } from '@xieshang/contracts';

/** 意见建议: raised at the meeting or handed in in writing; sent on to handling once (`transferredAt`). */
@Entity({ schema: 'meeting', name: 'meeting_opinions' })
export class MeetingOpinionEntity extends TenantScopedEntity {
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'party_org_unit_id', type: 'uuid', nullable: true })
  partyOrgUnitId!: string | null;

  @Column({ name: 'raised_by_person_id', type: 'uuid', nullable: true })
  raisedByPersonId!: string | null;

  @Column({ name: 'raised_by_name', type: 'text' })
  raisedByName!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  form!: OpinionForm;

  @Column({ name: 'for_agenda', type: 'boolean', default: false })
  forAgenda!: boolean;

  @Column({ name: 'prepared_opinion_id', type: 'uuid', nullable: true })
  preparedOpinionId!: string | null;

  @Column({ name: 'recorded_by', type: 'text', nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'recorded_by_name', type: 'text' })
  recordedByName!: string;

  @Column({ name: 'raised_at', type: 'timestamptz', default: () => 'now()' })
  raisedAt!: Date;

  @Column({ name: 'transferred_at', type: 'timestamptz', nullable: true })
  transferredAt!: Date | null;
}
