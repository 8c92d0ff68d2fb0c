import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { StoredAttachment } from '../attachments/attachment.rules.js';
import type { MaterialKind } from '@xieshang/contracts';

/** 知情明政: a report, statistics, a briefing note or an invitation sent to party branches. */
@Entity({ schema: 'written_consultation', name: 'materials' })
export class MaterialEntity extends TenantScopedEntity {
  @Column({ type: 'text' })
  kind!: MaterialKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ name: 'event_at', type: 'timestamptz', nullable: true })
  eventAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ name: 'sender_org_unit_id', type: 'uuid', nullable: true })
  senderOrgUnitId!: string | null;

  @Column({ name: 'sender_id', type: 'text', nullable: true })
  senderId!: string | null;

  @Column({ name: 'sender_name', type: 'text' })
  senderName!: string;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  @Column({ type: 'jsonb', default: [] })
  attachments!: StoredAttachment[];
}
