import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { ResearchTopicKind, ResearchTopicStatus, ResearchTopicView } from '@xieshang/contracts';

/** A research topic of the year: from the catalogue, commissioned to a party, or a study tour. */
@Entity({ schema: 'planning', name: 'research_topics' })
export class ResearchTopicEntity extends TenantScopedEntity {
  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  kind!: ResearchTopicKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'commissioned_org_unit_id', type: 'uuid', nullable: true })
  commissionedOrgUnitId!: string | null;

  @Column({ name: 'tour_date', type: 'date', nullable: true })
  tourDate!: string | null;

  @Column({ type: 'text', nullable: true })
  destination!: string | null;

  @Column({ type: 'text', default: 'open' })
  status!: ResearchTopicStatus;

  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;
}

/** A party branch's choice of a catalogue topic (several branches may choose one topic). */
@Entity({ schema: 'planning', name: 'research_topic_choices' })
export class ResearchTopicChoiceEntity {
  @PrimaryColumn({ name: 'topic_id', type: 'uuid' })
  topicId!: string;

  @PrimaryColumn({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ name: 'chosen_by', type: 'text', nullable: true })
  chosenBy!: string | null;

  @Column({ name: 'chosen_by_name', type: 'text' })
  chosenByName!: string;

  @CreateDateColumn({ name: 'chosen_at', type: 'timestamptz' })
  chosenAt!: Date;
}

export const toResearchTopicView = (topic: ResearchTopicEntity, choices: ResearchTopicChoiceEntity[]): ResearchTopicView => ({
  id: topic.id,
  year: topic.year,
  kind: topic.kind,
  title: topic.title,
  description: topic.description,
  commissionedOrgUnitId: topic.commissionedOrgUnitId,
  tourDate: topic.tourDate,
  destination: topic.destination,
  status: topic.status,
  choices: choices.map((choice) => ({
    orgUnitId: choice.orgUnitId,
    chosenBy: choice.chosenBy,
    chosenByName: choice.chosenByName,
    chosenAt: choice.chosenAt.toISOString(),
  })),
  createdAt: topic.createdAt.toISOString(),
  updatedAt: topic.updatedAt.toISOString(),
  version: topic.version,
});
