import CheckIcon from '@mui/icons-material/Check';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { PlanSuggestionView } from '@xieshang/contracts';
import { useState } from 'react';
import {
  Button,
  Form,
  SaveButton,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { PlanItemInputs } from '../plan-items/PlanItemInputs.js';
import { usePlanOf } from '../plan-items/usePlanOf.js';
import { planItemPayload, type PlanItemFormValues } from '../plans/plan-item-payload.rules.js';

/**
 * Office or UFWD accept a sent suggestion: it becomes a plan item proposed by the party, with the
 * form, type and time they give it; its topic and party come from the suggestion.
 */
export const AcceptSuggestionButton = () => {
  const suggestion = useRecordContext<PlanSuggestionView>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'plan-suggestions', action: 'accept' });
  const { validate } = usePlanOf(suggestion?.planId);
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useMutation({
    mutationFn: (values: PlanItemFormValues) => {
      const { reason: _none, version: _version, ...item } = planItemPayload(values);
      return dataProvider.runAction('plan-suggestions', suggestion!.id, 'accept', item);
    },
    onSuccess: () => {
      notify('resources.plan-suggestions.notifications.accept', { type: 'success' });
      setOpen(false);
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!suggestion || !canAccess || suggestion.status !== 'sent') return null;
  return (
    <>
      <Button label="resources.plan-suggestions.actions.accept" onClick={() => setOpen(true)} data-testid="action-accept">
        <CheckIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="md" data-testid="dialog-accept">
        <DialogTitle>{translate('resources.plan-suggestions.actions.accept_title')}</DialogTitle>
        <Form
          record={{ topic: suggestion.topic, participantOrgUnitIds: [suggestion.orgUnitId] }}
          resource="plan-items"
          validate={validate}
          onSubmit={(values: Record<string, unknown>) => mutate(values as PlanItemFormValues)}
        >
          <DialogContent>
            <PlanItemInputs />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="resources.plan-suggestions.actions.accept" disabled={isPending} alwaysEnable={!isPending} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
