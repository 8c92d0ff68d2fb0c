import SendIcon from '@mui/icons-material/Send';
import { Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { SubmissionView } from '@xieshang/contracts';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { REVIEW_FORM_IDS } from '../solicitations/written-choices.js';
import { districtToday } from '../common/district-time.rules.js';
import { useDistrictZone } from '../dashboard/useMe.js';

/** The branch leader approves a collective submission at the branch's review (form and day), which submits it to UFWD. */
export const SubmitWithReviewButton = () => {
  const record = useRecordContext<SubmissionView>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'submissions', action: 'submit' });
  const [open, setOpen] = useState(false);
  const zone = useDistrictZone();
  const [review, setReview] = useState({ reviewForm: 'chair_office_meeting', reviewedOn: districtToday(zone) });
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.runAction('submissions', record!.id, 'submit', review),
    onSuccess: () => {
      notify('resources.submissions.notifications.stepped', { type: 'success' });
      setOpen(false);
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!record || !canAccess) return null;
  return (
    <>
      <Button label="resources.submissions.actions.submit" onClick={() => setOpen(true)} data-testid="action-submit">
        <SendIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" data-testid="dialog-submit">
        <DialogTitle>{translate('resources.submissions.actions.submit')}</DialogTitle>
        <DialogContent>
          <TextField select label={translate('resources.replies.fields.reviewForm')} value={review.reviewForm} onChange={(event) => setReview({ ...review, reviewForm: event.target.value })} fullWidth margin="dense">
            {REVIEW_FORM_IDS.map((form) => (
              <MenuItem key={form} value={form}>
                {translate(`resources.replies.review_forms.${form}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField type="date" label={translate('resources.replies.fields.reviewedOn')} value={review.reviewedOn} onChange={(event) => setReview({ ...review, reviewedOn: event.target.value })} fullWidth margin="dense" slotProps={{ inputLabel: { shrink: true } }} />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.confirm" onClick={() => mutate()} disabled={isPending || !review.reviewedOn} variant="contained" data-testid="confirm-submit" />
        </DialogActions>
      </Dialog>
    </>
  );
};
