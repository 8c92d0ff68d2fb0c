import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One version of a meeting's document (文件稿): the stored file's descriptor, never its bytes. */
@Entity({ schema: 'meeting', name: 'meeting_documents' })
export class MeetingDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  /** Every version of one document shares it. */
  @Column({ name: 'document_id', type: 'uuid' })
  documentId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  size!: number;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'uploaded_by', type: 'text', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'uploaded_by_name', type: 'text' })
  uploadedByName!: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt!: Date;
}
