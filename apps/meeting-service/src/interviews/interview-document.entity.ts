import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@xieshang/platform-persistence';
import type { DocumentDescriptor } from '@xieshang/contracts';

/** A document sent in advance with an interview's information; its bytes are in document storage under `storageKey`. */
@Entity({ schema: 'meeting', name: 'interview_documents' })
export class InterviewDocumentEntity extends TenantScopedEntity {
  @Column({ name: 'interview_id', type: 'uuid' })
  interviewId!: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  size!: number;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: DocumentDescriptor['mediaType'];

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'uploaded_by', type: 'text', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'uploaded_by_name', type: 'text' })
  uploadedByName!: string;
}

export const descriptorOf = (document: InterviewDocumentEntity): DocumentDescriptor => ({
  storageKey: document.storageKey,
  sha256: document.sha256,
  size: document.size,
  mediaType: document.mediaType,
  fileName: document.fileName,
});
