import SaveIcon from '@mui/icons-material/Save';
import { Alert, Card, CardContent, CircularProgress, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Title, TopToolbar, useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { stackedOnPhone } from '../common/stacked-on-phone.js';
import { VisuallyHidden } from '../common/VisuallyHidden.js';
import { SettingRowItem } from './SettingRowItem.js';
import { changedValues } from './settings.rules.js';

const SETTINGS_QUERY_KEY = ['settings', 'page'] as const;

/**
 * The tenant's settings with where each value comes from (default, city, the tenant itself).
 * The tenant admin changes values or goes back to the inherited one; others read.
 */
export const SettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess: writable = false } = useCanAccess({ resource: 'settings', action: 'edit' });
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [invalid, setInvalid] = useState<string[]>([]);
  const { data: rows = [], isPending, error } = useQuery({ queryKey: SETTINGS_QUERY_KEY, queryFn: () => dataProvider.getSettings() });

  const afterChange = async (message: string) => {
    notify(message, { type: 'success' });
    setDrafts({});
    await queryClient.invalidateQueries({ queryKey: SETTINGS_QUERY_KEY });
  };
  const onError = (failure: Error) => notify(failure.message, { type: 'error' });
  const save = useMutation({
    mutationFn: (values: Parameters<ConsoleDataProvider['saveSettings']>[0]) => dataProvider.saveSettings(values),
    onSuccess: () => afterChange('resources.settings.notifications.saved'),
    onError,
  });
  const reset = useMutation({
    mutationFn: (key: string) => dataProvider.resetSetting(key),
    onSuccess: () => afterChange('resources.settings.notifications.inherited'),
    onError,
  });

  const submit = () => {
    const { values, invalid: refused } = changedValues(rows, drafts);
    setInvalid(refused);
    if (refused.length > 0) return notify('ra.message.invalid_form', { type: 'error' });
    if (Object.keys(values).length > 0) save.mutate(values);
  };
  const dirty = Object.entries(drafts).some(([key, value]) => rows.some((row) => row.key === key && String(row.value) !== value));

  return (
    <>
      <Title title="resources.settings.name" />
      {writable && (
        <TopToolbar>
          <Button label="ra.action.save" onClick={submit} disabled={!dirty || save.isPending} variant="contained" data-testid="settings-save">
            <SaveIcon />
          </Button>
        </TopToolbar>
      )}
      <Card sx={{ mt: writable ? 0 : 2 }}>
        <CardContent>
          {isPending && <CircularProgress size={24} aria-label={translate('ra.page.loading')} />}
          {error && <Alert severity="error">{error.message}</Alert>}
          {!isPending && !error && (
            <Table size="small" data-testid="settings-table" sx={stackedOnPhone}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.settings.fields.key')}</TableCell>
                  <TableCell>{translate('resources.settings.fields.source')}</TableCell>
                  <TableCell>{translate('resources.settings.fields.value')}</TableCell>
                  <TableCell>
                    <VisuallyHidden>{translate('xs.a11y.actions')}</VisuallyHidden>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <SettingRowItem
                    key={row.key}
                    row={row}
                    draft={drafts[row.key] ?? String(row.value)}
                    invalid={invalid.includes(row.key)}
                    writable={writable}
                    onChange={(value) => setDrafts((current) => ({ ...current, [row.key]: value }))}
                    onUseInherited={() => reset.mutate(row.key)}
                  />
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </>
  );
};
