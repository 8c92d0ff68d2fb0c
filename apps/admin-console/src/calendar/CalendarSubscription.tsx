import LinkIcon from '@mui/icons-material/Link';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import { Alert, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { feedUrl } from './calendar-api.js';

/**
 * The person's feed address for a calendar application: shown once when issued (only its hash
 * is kept), replaced by a new one, or revoked.
 */
export const CalendarSubscription = () => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const queries = useQueryClient();
  const [issued, setIssued] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const subscription = useQuery({ queryKey: ['calendar-subscription'], queryFn: () => dataProvider.getCalendarSubscription() });
  const done = (message: string) => {
    notify(message, { type: 'success' });
    void queries.invalidateQueries({ queryKey: ['calendar-subscription'] });
  };
  const rotate = useMutation({
    mutationFn: () => dataProvider.rotateCalendarSubscription(),
    onSuccess: (result) => {
      setIssued(feedUrl(result.token));
      done('xs.calendar.subscription.issued');
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  const revoke = useMutation({
    mutationFn: () => dataProvider.revokeCalendarSubscription(),
    onSuccess: () => {
      setIssued(null);
      setConfirming(false);
      done('xs.calendar.subscription.revoked');
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  const active = subscription.data?.active ?? false;
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('xs.calendar.subscription.title')}
        </Typography>
        <Typography variant="body2" gutterBottom data-testid="subscription-state">
          {translate(active ? 'xs.calendar.subscription.active' : 'xs.calendar.subscription.none')}
        </Typography>
        {issued && (
          <Alert severity="info" sx={{ my: 1 }}>
            {translate('xs.calendar.subscription.copy_now')}
            <TextField
              value={issued}
              fullWidth
              size="small"
              sx={{ mt: 1 }}
              InputProps={{ readOnly: true }}
              inputProps={{ 'data-testid': 'subscription-url', 'aria-label': translate('xs.calendar.subscription.url') }}
              onFocus={(event) => event.target.select()}
            />
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button
            label={active ? 'xs.calendar.subscription.rotate' : 'xs.calendar.subscription.create'}
            onClick={() => rotate.mutate()}
            disabled={rotate.isPending}
            variant="outlined"
            data-testid="subscription-rotate"
          >
            <LinkIcon />
          </Button>
          {active && (
            <Button label="xs.calendar.subscription.revoke" onClick={() => setConfirming(true)} color="error" data-testid="subscription-revoke">
              <LinkOffIcon />
            </Button>
          )}
        </Stack>
        <Confirm
          isOpen={confirming}
          loading={revoke.isPending}
          title={translate('xs.calendar.subscription.revoke')}
          content={translate('xs.calendar.subscription.revoke_confirm')}
          onConfirm={() => revoke.mutate()}
          onClose={() => setConfirming(false)}
        />
      </CardContent>
    </Card>
  );
};
