import EventIcon from '@mui/icons-material/Event';
import { Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { InterviewView } from '@xieshang/contracts';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { districtInstant, districtLocal } from '../common/district-time.rules.js';
import { useDistrictZone } from '../dashboard/useMe.js';
import { useLeaderChoices } from './InterviewCreate.js';

/** UFWD or the office arranges a requested interview: the time (Beijing), the place and the leader. */
export const ScheduleInterviewButton = () => {
  const interview = useRecordContext<InterviewView>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'interviews', action: 'schedule' });
  const [open, setOpen] = useState(false);
  const leaders = useLeaderChoices(open);
  const zone = useDistrictZone();
  const [values, setValues] = useState({ startsAt: districtLocal(new Date(Date.now() + 7 * 86_400_000), zone).slice(0, 11) + '09:30', place: '', leaderPersonId: '' });
  const { mutate, isPending } = useMutation({
    mutationFn: () =>
      dataProvider.runAction('interviews', interview!.id, 'schedule', {
        startsAt: districtInstant(values.startsAt, zone),
        place: values.place.trim(),
        ...(values.leaderPersonId ? { leaderPersonId: values.leaderPersonId } : {}),
      }),
    onSuccess: () => {
      notify('resources.interviews.notifications.schedule', { type: 'success' });
      setOpen(false);
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!interview || !canAccess) return null;
  const leaderNeeded = !interview.leaderPersonId;
  const complete = values.startsAt !== '' && values.place.trim() !== '' && (!leaderNeeded || values.leaderPersonId !== '');
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });
  return (
    <>
      <Button label="resources.interviews.actions.schedule" onClick={() => setOpen(true)} data-testid="action-schedule">
        <EventIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="schedule-title">
        <DialogTitle id="schedule-title">{translate('resources.interviews.actions.schedule')}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
          <TextField
            label={translate('resources.interviews.fields.startsAt')}
            type="datetime-local"
            value={values.startsAt}
            onChange={set('startsAt')}
            required
            InputLabelProps={{ shrink: true }}
            inputProps={{ 'data-testid': 'schedule-startsAt' }}
          />
          <TextField label={translate('resources.interviews.fields.place')} value={values.place} onChange={set('place')} required inputProps={{ 'data-testid': 'schedule-place' }} />
          <TextField
            select
            label={translate('resources.interviews.fields.leaderPersonId')}
            value={values.leaderPersonId}
            onChange={set('leaderPersonId')}
            required={leaderNeeded}
            helperText={leaderNeeded ? undefined : interview.leaderName}
            SelectProps={{ SelectDisplayProps: { 'data-testid': 'schedule-leader' } as never }}
          >
            {leaders.map((leader) => (
              <MenuItem key={leader.id} value={leader.id}>
                {leader.name}
              </MenuItem>
            ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.confirm" onClick={() => mutate()} disabled={!complete || isPending} variant="contained" data-testid="schedule-confirm" />
        </DialogActions>
      </Dialog>
    </>
  );
};
