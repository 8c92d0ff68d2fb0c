import { useMutation } from '@tanstack/react-query';
import { useState, type ReactElement } from 'react';
import { Button, Confirm, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';

export interface MeetingCallButtonProps {
  /** After `/meetings/:id/`: `confirm-reading`, `prepared-opinions/<id>/approve` … */
  path: string;
  /** The console's access action for the button. */
  access: string;
  label: string;
  icon: ReactElement;
  doneMessage: string;
  body?: object;
  confirmTitle?: string;
  testId?: string;
}

/** One call on the meeting (`POST /meetings/:id/<path>`), shown to those who may make it; the meeting reloads after. */
export const MeetingCallButton = ({ path, access, label, icon, doneMessage, body, confirmTitle, testId }: MeetingCallButtonProps) => {
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'meetings', action: access });
  const [confirming, setConfirming] = useState(false);
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.runAction('meetings', record!.id, path, body ?? {}),
    onSuccess: () => {
      notify(doneMessage, { type: 'success' });
      setConfirming(false);
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!record || !canAccess) return null;
  return (
    <>
      <Button label={label} onClick={() => (confirmTitle ? setConfirming(true) : mutate())} disabled={isPending} data-testid={testId ?? `action-${access}`}>
        {icon}
      </Button>
      {confirmTitle && (
        <Confirm isOpen={confirming} loading={isPending} title={confirmTitle} content="" onConfirm={() => mutate()} onClose={() => setConfirming(false)} />
      )}
    </>
  );
};
