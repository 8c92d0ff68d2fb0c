import type { ExportFormat, PlanRevisionView } from '@xieshang/contracts';
import type { Identifier } from 'react-admin';

/** The plan's calls beyond simple REST: its revisions and its documents. */
export interface PlanApi {
  /** `GET /plans/:id/revisions`, newest first, each with what changed against the one before. */
  getPlanRevisions(planId: Identifier): Promise<PlanRevisionView[]>;
  /** `GET /plans/:id/export.<format>` with the bearer token, as a file and the name the gateway gives it. */
  exportPlan(planId: Identifier, format: ExportFormat): Promise<{ blob: Blob; fileName: string }>;
}
