/**
 * What the console sends on `PUT /<resource>/:id`: only the fields the gateway accepts there,
 * `version` included, so that a strict schema never sees the read-only parts of a record.
 */
export const UPDATE_FIELDS: Record<string, readonly string[]> = {
  'org-units': ['name', 'shortName', 'version'],
  users: ['displayName', 'orgUnitId', 'roles', 'version'],
  plans: ['title', 'reason', 'version'],
  'plan-suggestions': ['topic', 'reason', 'version'],
  'research-topics': ['title', 'description', 'tourDate', 'destination', 'status', 'version'],
  solicitations: ['title', 'documentVersion', 'description', 'draftingOrgUnitId', 'sections', 'recipientOrgUnitIds', 'replyDeadline', 'version'],
  replies: ['noComment', 'comments', 'version'],
  submissions: ['kind', 'addressee', 'title', 'body', 'recommendations', 'version'],
};

export const updatePayload = (resource: string, data: Record<string, unknown>): Record<string, unknown> => {
  const fields = UPDATE_FIELDS[resource];
  if (!fields) return data;
  return Object.fromEntries(fields.filter((field) => field in data).map((field) => [field, data[field]]));
};

/** Resources whose records are known by another field; react-admin needs an `id`. */
const NATURAL_KEYS: Record<string, string> = { tenants: 'code', settings: 'key' };

export const withRecordId = <T extends object>(resource: string, record: T): T => {
  const key = NATURAL_KEYS[resource];
  const fields = record as Record<string, unknown>;
  if (!key || fields.id !== undefined) return record;
  return { ...record, id: fields[key] };
};
