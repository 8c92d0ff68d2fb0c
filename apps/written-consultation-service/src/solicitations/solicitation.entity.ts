import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { StoredAttachment } from '../attachments/attachment.rules.js';
import type { SolicitationStatus } from '@xieshang/contracts';

export interface SolicitationSection {
  key: string;
  title: string;
}

/** 书面征求意见: a document sent to chosen party branches for their opinions by a deadline. */
@Entity({ schema: 'written_consultation', name: 'solicitations' })
export class SolicitationEntity extends TenantScopedEntity {
  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'document_version', type: 'text' })
  documentVersion!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'drafting_org_unit_id', type: 'uuid', nullable: true })
  draftingOrgUnitId!: string | null;

  @Column({ type: 'jsonb', default: [] })
  sections!: SolicitationSection[];

  @Column({ name: 'recipient_org_unit_ids', type: 'uuid', array: true })
  recipientOrgUnitIds!: string[];

  @Column({ name: 'reply_deadline', type: 'timestamptz' })
  replyDeadline!: Date;

  @Column({ type: 'text', default: 'draft' })
  status!: SolicitationStatus;

  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_by_name', type: 'text' })
  createdByName!: string;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'jsonb', default: [] })
  attachments!: StoredAttachment[];
}
