import KeyIcon from '@mui/icons-material/Key';
import { Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { MIN_PASSWORD_LENGTH } from '@xieshang/contracts';
import { useState } from 'react';
import {
  Button,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';

/** Sets a new password for a person (the admin tells them; nothing is mailed). */
export const SetPasswordButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'password' });
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.runAction('users', record!.id, 'password', { password }),
    onSuccess: () => {
      notify('resources.users.notifications.password_set', { type: 'success' });
      setOpen(false);
      setPassword('');
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!record || !canAccess) return null;
  const tooShort = password.length < MIN_PASSWORD_LENGTH;
  return (
    <>
      <Button label="resources.users.actions.set_password" onClick={() => setOpen(true)} data-testid="action-password">
        <KeyIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate('resources.users.actions.set_password')}</DialogTitle>
        <DialogContent>
          <TextField
            type="password"
            autoComplete="new-password"
            label={translate('resources.users.fields.password')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            helperText={translate('ra.validation.minLength', { min: MIN_PASSWORD_LENGTH })}
            fullWidth
            margin="dense"
            autoFocus
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.save" onClick={() => mutate()} disabled={tooShort || isPending} variant="contained" />
        </DialogActions>
      </Dialog>
    </>
  );
};
