import { Stack } from '@mui/material';
import { ADOPTIONS, CASE_OUTCOMES, type CaseView, OPINION_TRACKS, SATISFACTIONS } from '@xieshang/contracts';
import { useGetList, useRecordContext } from 'react-admin';
import { useMe } from '../dashboard/useMe.js';
import { caseActions, type CaseActionName } from './case-actions.rules.js';
import { CaseActionDialog, type CaseField } from './CaseActionDialog.js';

const choices = (values: readonly string[], prefix: string) => values.map((value) => ({ id: value, name: `${prefix}.${value}` }));
const T = 'resources.cases';

/** The fields each step asks for; the departments are the district's. */
const fieldsOf = (action: CaseActionName, departments: { id: string; name: string }[]): CaseField[] => {
  const reason: CaseField = { name: 'reason', label: `${T}.fields.reason`, kind: 'multiline', required: true };
  switch (action) {
    case 'accept':
      return [
        { name: 'track', label: `${T}.fields.track`, kind: 'select', required: true, choices: choices(OPINION_TRACKS, `${T}.tracks`) },
        { name: 'draftingOrgUnitId', label: `${T}.fields.draftingOrgUnitId`, kind: 'select', choices: departments, when: { field: 'track', value: 'document_revision' } },
      ];
    case 'close':
    case 'return':
    case 'send-back':
    case 'extend':
      return [reason];
    case 'adoption':
      return [{ name: 'adoption', label: `${T}.fields.adoption`, kind: 'select', required: true, choices: choices(ADOPTIONS, `${T}.adoptions`) }, reason];
    case 'assign':
      return [
        { name: 'leadOrgUnitId', label: `${T}.fields.leadOrgUnitId`, kind: 'select', required: true, choices: departments },
        { name: 'coHandlerOrgUnitIds', label: `${T}.fields.coHandlers`, kind: 'multiselect', choices: departments },
        { name: 'note', label: `${T}.fields.note`, kind: 'multiline' },
      ];
    case 'reply':
      return [
        { name: 'outcome', label: `${T}.fields.outcome`, kind: 'select', required: true, choices: choices(CASE_OUTCOMES, `${T}.outcomes`) },
        { name: 'reply', label: `${T}.fields.reply`, kind: 'multiline', required: true },
        { name: 'plan', label: `${T}.fields.plan`, kind: 'multiline', required: true, when: { field: 'outcome', value: 'solving_step_by_step' } },
        { name: 'planDueOn', label: `${T}.fields.planDueOn`, kind: 'date', required: true, when: { field: 'outcome', value: 'solving_step_by_step' } },
      ];
    case 'co-sign':
      return [{ name: 'opinion', label: `${T}.fields.opinion`, kind: 'multiline' }];
    case 'approve':
      return [{ name: 'note', label: `${T}.fields.note`, kind: 'multiline' }];
    case 'release':
      return [];
    case 'rate':
      return [
        { name: 'satisfaction', label: `${T}.fields.satisfaction`, kind: 'select', required: true, choices: choices(SATISFACTIONS, `${T}.satisfactions`) },
        { name: 'comment', label: `${T}.fields.comment`, kind: 'multiline' },
        { name: 'requestRehandling', label: `${T}.fields.requestRehandling`, kind: 'checkbox', when: { field: 'satisfaction', value: 'not_satisfied' } },
      ];
  }
};

/** The steps the signed-in person may take on this case now. */
export const CaseActions = () => {
  const record = useRecordContext<CaseView & { id: string }>();
  const { data: me } = useMe();
  const { data: units } = useGetList('org-units', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' }, filter: { kind: 'department', active: true } });
  if (!record || !me) return null;
  const departments = (units ?? []).map((unit) => ({ id: String(unit.id), name: String(unit.shortName || unit.name) }));
  const actions = caseActions(record, { roles: me.roles, orgUnitId: me.orgUnit?.id ?? null });
  if (actions.length === 0) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ my: 1 }} data-testid="case-actions">
      {actions.map((action) => (
        <CaseActionDialog key={action} action={action} label={`${T}.actions.${action}`} fields={fieldsOf(action, departments)} doneMessage={`${T}.notifications.${action}`} />
      ))}
    </Stack>
  );
};
