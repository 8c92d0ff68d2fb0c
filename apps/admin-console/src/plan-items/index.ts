import type { RaRecord } from 'react-admin';
import { PlanItemCreate } from './PlanItemCreate.js';
import { PlanItemEdit } from './PlanItemEdit.js';

/** Items have no list of their own: they are read on their plan's page and added or changed from there. */
export const planItems = {
  create: PlanItemCreate,
  edit: PlanItemEdit,
  recordRepresentation: (record: RaRecord) => String(record.topic ?? record.id),
};
