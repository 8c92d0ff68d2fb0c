import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 集中阅读: an invited party has read the meeting's documents. */
@Entity({ schema: 'meeting', name: 'meeting_readings' })
export class MeetingReadingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @Column({ name: 'person_id', type: 'text', nullable: true })
  personId!: string | null;

  @Column({ name: 'person_name', type: 'text' })
  personName!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
