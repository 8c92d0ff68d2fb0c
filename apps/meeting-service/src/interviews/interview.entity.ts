import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { InterviewOrigin, InterviewStatus } from '@xieshang/contracts';

/** An interview consultation (约谈协商) between a CPC leader and a party's leaders. */
@Entity({ schema: 'meeting', name: 'interviews' })
export class InterviewEntity extends TenantScopedEntity {
  @Column({ type: 'text' })
  origin!: InterviewOrigin;

  @Column({ type: 'text' })
  status!: InterviewStatus;

  @Column({ name: 'party_org_unit_id', type: 'uuid' })
  partyOrgUnitId!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  information!: string;

  @Column({ name: 'leader_person_id', type: 'text', nullable: true })
  leaderPersonId!: string | null;

  @Column({ name: 'leader_name', type: 'text', nullable: true })
  leaderName!: string | null;

  @Column({ name: 'preferred_leader', type: 'text', nullable: true })
  preferredLeader!: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt!: Date | null;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  place!: string | null;

  /** The org units of the CPC side that invited or arranged it, for the events' audience. */
  @Column({ name: 'organiser_org_unit_ids', type: 'uuid', array: true, default: () => "'{}'" })
  organiserOrgUnitIds!: string[];

  @Column({ name: 'requested_by', type: 'text', nullable: true })
  requestedBy!: string | null;

  @Column({ name: 'requested_by_name', type: 'text' })
  requestedByName!: string;

  @Column({ name: 'scheduled_by', type: 'text', nullable: true })
  scheduledBy!: string | null;

  @Column({ name: 'scheduled_by_name', type: 'text', nullable: true })
  scheduledByName!: string | null;

  @Column({ name: 'scheduled_at', type: 'timestamptz', nullable: true })
  scheduledAt!: Date | null;

  @Column({ name: 'held_by_name', type: 'text', nullable: true })
  heldByName!: string | null;

  @Column({ name: 'held_at', type: 'timestamptz', nullable: true })
  heldAt!: Date | null;

  @Column({ name: 'recorded_by_name', type: 'text', nullable: true })
  recordedByName!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: true })
  recordedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ name: 'declined_by_name', type: 'text', nullable: true })
  declinedByName!: string | null;

  @Column({ name: 'declined_at', type: 'timestamptz', nullable: true })
  declinedAt!: Date | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;
}
