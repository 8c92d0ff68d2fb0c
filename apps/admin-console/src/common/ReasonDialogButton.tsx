import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactElement, type ReactNode } from 'react';
import {
  Button,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';

export interface DialogField {
  /** The body's field name. */
  name: string;
  label: string;
  required?: boolean;
  type?: 'text' | 'date' | 'multiline';
}

export interface ReasonDialogButtonProps {
  resource: string;
  /** `POST /<resource>/:id/<action>`, and the canAccess action. */
  action: string;
  label: string;
  icon: ReactElement;
  fields: DialogField[];
  doneMessage: string;
  /** Shown above the fields, e.g. why a field is needed now. */
  hint?: ReactNode;
  record?: RaRecord;
  /** Values the fields start with, e.g. the title being changed. */
  initial?: Record<string, string>;
  /** Sends the body some other way than `POST /<resource>/:id/<action>` (a `PUT` of the record). */
  submit?: (record: RaRecord, body: Record<string, string>) => Promise<unknown>;
}

const isComplete = (fields: DialogField[], values: Record<string, string>) =>
  fields.every((field) => !field.required || (values[field.name] ?? '').trim() !== '');

/**
 * An action that needs a few words or a date first: a deadline, a decision reference, a reason.
 * Shown only to those who may take it; the record reloads afterwards.
 */
export const ReasonDialogButton = (props: ReasonDialogButtonProps) => {
  const { resource, action, label, icon, fields, doneMessage, hint } = props;
  const contextRecord = useRecordContext();
  const record = props.record ?? contextRecord;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess } = useCanAccess({ resource, action });
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<string, string>>(props.initial ?? {});
  const { mutate, isPending } = useMutation({
    mutationFn: () => {
      const body = Object.fromEntries(
        Object.entries(values)
          .map(([name, value]) => [name, value.trim()])
          .filter(([, value]) => value !== ''),
      );
      return props.submit ? props.submit(record!, body) : dataProvider.runAction(resource, record!.id, action, body);
    },
    onSuccess: () => {
      notify(doneMessage, { type: 'success' });
      setOpen(false);
      setValues(props.initial ?? {});
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!record || !canAccess) return null;
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} data-testid={`action-${action}`}>
        {icon}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" data-testid={`dialog-${action}`}>
        <DialogTitle>{translate(label)}</DialogTitle>
        <DialogContent>
          {hint && (
            <Alert severity="warning" sx={{ mb: 1 }}>
              {hint}
            </Alert>
          )}
          {fields.map((field) => (
            <TextField
              key={field.name}
              name={field.name}
              label={translate(field.label)}
              required={field.required}
              type={field.type === 'date' ? 'date' : 'text'}
              multiline={field.type === 'multiline'}
              minRows={field.type === 'multiline' ? 3 : undefined}
              value={values[field.name] ?? ''}
              onChange={(event) => setValues((current) => ({ ...current, [field.name]: event.target.value }))}
              slotProps={field.type === 'date' ? { inputLabel: { shrink: true } } : undefined}
              fullWidth
              margin="dense"
            />
          ))}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button
            label="ra.action.confirm"
            onClick={() => mutate()}
            disabled={isPending || !isComplete(fields, values)}
            variant="contained"
            data-testid={`confirm-${action}`}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
