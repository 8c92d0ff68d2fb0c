import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { OpinionTrack } from '@xieshang/contracts';

/** An opinion (意见建议) raised at an interview, handed to handling-feedback once when recorded. */
@Entity({ schema: 'meeting', name: 'interview_opinions' })
export class InterviewOpinionEntity extends TenantScopedEntity {
  @Column({ name: 'interview_id', type: 'uuid' })
  interviewId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'raised_by_name', type: 'text' })
  raisedByName!: string;

  @Column({ name: 'raised_by_person_id', type: 'uuid', nullable: true })
  raisedByPersonId!: string | null;

  @Column({ name: 'suggested_track', type: 'text' })
  suggestedTrack!: OpinionTrack;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt!: Date;
}
