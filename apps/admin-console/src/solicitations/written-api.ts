import type { ExportFormat, SummaryView } from '@xieshang/contracts';
import type { Identifier, RaRecord } from 'react-admin';

/** The solicitation's calls beyond simple REST: UFWD's summary and its documents. */
export interface WrittenApi {
  getSummary(solicitationId: Identifier): Promise<SummaryView>;
  saveSummary(solicitationId: Identifier, body: { overallNote: string; sectionNotes: Record<string, string>; version: number | null }): Promise<SummaryView>;
  exportSummary(solicitationId: Identifier, format: ExportFormat): Promise<{ blob: Blob; fileName: string }>;
  /** `POST /<resource>/:id/attachments` with the file's bytes and its name. */
  uploadAttachment(resource: 'solicitations' | 'materials', id: Identifier, file: File): Promise<RaRecord>;
  downloadAttachment(resource: 'solicitations' | 'materials', id: Identifier, attachmentId: string): Promise<{ blob: Blob; fileName: string }>;
}
