import { useMutation } from '@tanstack/react-query';
import { useState, type ReactElement } from 'react';
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';

export interface RecordActionButtonProps {
  /** The path segment after the record: `retire`, `disable` … and the canAccess action. */
  action: string;
  label: string;
  icon: ReactElement;
  /** Shown once the call went through. */
  doneMessage: string;
  /** When set, the user confirms with this question first. */
  confirmTitle?: string;
  confirmContent?: string;
  body?: object;
  onDone?: () => void;
}

/**
 * A button for one of a record's actions (`POST /<resource>/:id/<action>`), shown only to those
 * who may use it; the record reloads afterwards.
 */
export const RecordActionButton = (props: RecordActionButtonProps) => {
  const { action, label, icon, doneMessage, confirmTitle, confirmContent, body, onDone } = props;
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [confirming, setConfirming] = useState(false);
  const { canAccess } = useCanAccess({ resource, action });
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.runAction(resource!, record!.id, action, body),
    onSuccess: () => {
      notify(doneMessage, { type: 'success' });
      refresh();
      onDone?.();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!record || !resource || !canAccess) return null;
  const run = () => (confirmTitle ? setConfirming(true) : mutate());
  return (
    <>
      <Button label={label} onClick={run} disabled={isPending} data-testid={`action-${action}`}>
        {icon}
      </Button>
      {confirmTitle && (
        <Confirm
          isOpen={confirming}
          loading={isPending}
          title={translate(confirmTitle)}
          content={translate(confirmContent ?? confirmTitle)}
          onConfirm={() => {
            setConfirming(false);
            mutate();
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </>
  );
};
