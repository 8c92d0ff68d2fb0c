import type { ExportFormat, SummaryView } from '@xieshang/contracts';
import type { Identifier } from 'react-admin';

/** The solicitation's calls beyond simple REST: UFWD's summary and its exports (files go through the document API). */
export interface WrittenApi {
  getSummary(solicitationId: Identifier): Promise<SummaryView>;
  saveSummary(solicitationId: Identifier, body: { overallNote: string; sectionNotes: Record<string, string>; version: number | null }): Promise<SummaryView>;
  exportSummary(solicitationId: Identifier, format: ExportFormat): Promise<{ blob: Blob; fileName: string }>;
}
