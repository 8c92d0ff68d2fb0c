import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** UFWD's notes on the replies to one solicitation, and when the summary went to the party committee. */
@Entity({ schema: 'written_consultation', name: 'summaries' })
export class SummaryEntity {
  /** The solicitation's id: one summary per solicitation. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ name: 'overall_note', type: 'text', default: '' })
  overallNote!: string;

  @Column({ name: 'section_notes', type: 'jsonb', default: {} })
  sectionNotes!: Record<string, string>;

  @Column({ name: 'sent_to_committee_at', type: 'timestamptz', nullable: true })
  sentToCommitteeAt!: Date | null;

  @Column({ name: 'sent_to_committee_by', type: 'text', nullable: true })
  sentToCommitteeBy!: string | null;

  @Column({ name: 'sent_to_committee_by_name', type: 'text', nullable: true })
  sentToCommitteeByName!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
