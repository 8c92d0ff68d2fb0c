import { Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';

export interface CaseField {
  name: string;
  label: string;
  required?: boolean;
  kind: 'text' | 'multiline' | 'date' | 'select' | 'multiselect' | 'checkbox';
  choices?: { id: string; name: string }[];
  /** Shown only when another field has this value (a step-by-step plan, re-handling when not satisfied). */
  when?: { field: string; value: string };
}

type Value = string | string[] | boolean;

const shown = (field: CaseField, values: Record<string, Value>) => !field.when || values[field.when.field] === field.when.value;

const complete = (fields: CaseField[], values: Record<string, Value>) =>
  fields.every((field) => !field.required || !shown(field, values) || (typeof values[field.name] === 'string' && (values[field.name] as string).trim() !== ''));

/** The body as the gateway takes it: empty fields and fields not shown are left out. */
const bodyOf = (fields: CaseField[], values: Record<string, Value>) =>
  Object.fromEntries(
    fields
      .filter((field) => shown(field, values) && values[field.name] !== undefined)
      .map((field) => [field.name, typeof values[field.name] === 'string' ? (values[field.name] as string).trim() : values[field.name]])
      .filter(([, value]) => value !== ''),
  );

/** One step on a case that needs a few fields first: a track, a department, an outcome, a rating. */
export const CaseActionDialog = ({ action, label, fields, doneMessage }: { action: string; label: string; fields: CaseField[]; doneMessage: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<string, Value>>({});
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.runAction('cases', record!.id, action, bodyOf(fields, values)),
    onSuccess: () => {
      notify(doneMessage, { type: 'success' });
      setOpen(false);
      setValues({});
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!record) return null;
  const set = (name: string, value: Value) => setValues((current) => ({ ...current, [name]: value }));
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} data-testid={`action-${action}`} variant="outlined" />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" data-testid={`dialog-${action}`}>
        <DialogTitle>{translate(label)}</DialogTitle>
        <DialogContent>
          {fields.filter((field) => shown(field, values)).map((field) =>
            field.kind === 'checkbox' ? (
              <FormControlLabel
                key={field.name}
                control={<Checkbox name={field.name} checked={values[field.name] === true} onChange={(event) => set(field.name, event.target.checked)} />}
                label={translate(field.label)}
              />
            ) : (
              <TextField
                key={field.name}
                name={field.name}
                label={translate(field.label)}
                required={field.required}
                select={field.kind === 'select' || field.kind === 'multiselect'}
                type={field.kind === 'date' ? 'date' : 'text'}
                multiline={field.kind === 'multiline'}
                minRows={field.kind === 'multiline' ? 3 : undefined}
                value={values[field.name] ?? (field.kind === 'multiselect' ? [] : '')}
                onChange={(event) => set(field.name, event.target.value as Value)}
                slotProps={{
                  ...(field.kind === 'date' ? { inputLabel: { shrink: true } } : {}),
                  ...(field.kind === 'multiselect' ? { select: { multiple: true } } : {}),
                }}
                fullWidth
                margin="dense"
              >
                {(field.choices ?? []).map((choice) => (
                  <MenuItem key={choice.id} value={choice.id}>
                    {translate(choice.name, { _: choice.name })}
                  </MenuItem>
                ))}
              </TextField>
            ),
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.confirm" onClick={() => mutate()} disabled={isPending || !complete(fields, values)} variant="contained" data-testid={`confirm-${action}`} />
        </DialogActions>
      </Dialog>
    </>
  );
};
