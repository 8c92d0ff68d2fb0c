import AddIcon from '@mui/icons-material/Add';
import NoteAltIcon from '@mui/icons-material/NoteAlt';
import { Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { InterviewView } from '@xieshang/contracts';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { type OpinionRow, recordPayload } from './interview-form.rules.js';

/** After the interview: the summary and each opinion raised, with who raised it; each goes on to be handled. */
export const RecordInterviewButton = () => {
  const interview = useRecordContext<InterviewView>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'interviews', action: 'record' });
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState('');
  const [rows, setRows] = useState<OpinionRow[]>([{ text: '', raisedByName: '' }]);
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.runAction('interviews', interview!.id, 'record', recordPayload(summary, rows)),
    onSuccess: () => {
      notify('resources.interviews.notifications.record', { type: 'success' });
      setOpen(false);
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!interview || !canAccess) return null;
  const setRow = (index: number, name: keyof OpinionRow) => (event: { target: { value: string } }) =>
    setRows(rows.map((row, at) => (at === index ? { ...row, [name]: event.target.value } : row)));
  return (
    <>
      <Button label="resources.interviews.actions.record" onClick={() => setOpen(true)} data-testid="action-record">
        <NoteAltIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="md" aria-labelledby="record-title">
        <DialogTitle id="record-title">{translate('resources.interviews.actions.record')}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
          <TextField
            label={translate('resources.interviews.fields.summary')}
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
            required
            multiline
            minRows={3}
            inputProps={{ 'data-testid': 'record-summary' }}
          />
          <Typography variant="subtitle2" component="h3">
            {translate('resources.interviews.fields.opinions')}
          </Typography>
          {rows.map((row, index) => (
            <Stack key={index} direction={{ xs: 'column', sm: 'row' }} spacing={1}>
              <TextField
                label={translate('resources.interviews.dialogs.opinion_text', { number: index + 1 })}
                value={row.text}
                onChange={setRow(index, 'text')}
                multiline
                fullWidth
                inputProps={{ 'data-testid': `opinion-text-${index}` }}
              />
              <TextField
                label={translate('resources.interviews.dialogs.raised_by', { number: index + 1 })}
                value={row.raisedByName}
                onChange={setRow(index, 'raisedByName')}
                sx={{ minWidth: 180 }}
                inputProps={{ 'data-testid': `opinion-by-${index}` }}
              />
            </Stack>
          ))}
          <Button label="resources.interviews.dialogs.add_opinion" onClick={() => setRows([...rows, { text: '', raisedByName: '' }])} data-testid="opinion-add">
            <AddIcon />
          </Button>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.confirm" onClick={() => mutate()} disabled={summary.trim() === '' || isPending} variant="contained" data-testid="record-confirm" />
        </DialogActions>
      </Dialog>
    </>
  );
};
