import type { ExportFormat, PlanRevisionView } from '@xieshang/contracts';
import type { Identifier } from 'react-admin';

/** The plan's calls beyond simple REST: its revisions and its documents. */
export interface PlanApi {
  /** `GET /plans/:id/revisions`, newest first, each with what changed against the one before. */
  getPlanRevisions(planId: Identifier): Promise<PlanRevisionView[]>;
  /** `GET /plans/:id/export.<format>` with the bearer token, as a file and the name the gateway gives it. */
  exportPlan(planId: Identifier, format: ExportFormat): Promise<{ blob: Blob; fileName: string }>;
}

/** The file name of `Content-Disposition`, preferring the UTF-8 `filename*` (the Chinese title). */
export const attachmentName = (disposition: string | null, fallback: string): string => {
  if (!disposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed escape leaves the plain name below.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
};
