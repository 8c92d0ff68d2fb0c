import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button as MuiButton } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';

/** Accepted uploads; the gateway decides from the bytes, this only narrows the browser's picker. */
const ACCEPT = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,.gif,.webp';

/** Uploads a file to the meeting (`documents`, `minutes-attachment`), for those who may. */
export const UploadMeetingFileButton = ({ target, label, doneMessage }: { target: 'documents' | 'minutes-attachment'; label: string; doneMessage: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const input = useRef<HTMLInputElement>(null);
  const { canAccess } = useCanAccess({ resource: 'meetings', action: target });
  const { mutate, isPending } = useMutation({
    mutationFn: (file: File) => dataProvider.uploadMeetingFile(record!.id, target, file),
    onSuccess: () => {
      notify(doneMessage, { type: 'success' });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!record || !canAccess) return null;
  return (
    <MuiButton component="label" size="small" startIcon={<UploadFileIcon />} disabled={isPending}>
      {translate(label)}
      <input
        ref={input}
        hidden
        type="file"
        accept={ACCEPT}
        aria-label={translate(label)}
        data-testid={`upload-${target}`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) mutate(file);
          if (input.current) input.current.value = '';
        }}
      />
    </MuiButton>
  );
};

/** Fetches one of the meeting's files and hands it to the browser under its own name. */
export const DownloadMeetingFileButton = ({ path, fileName, label }: { path: string; fileName: string; label: string }) => {
  const record = useRecordContext();
  const notify = useNotify();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.downloadMeetingFile(record!.id, path, fileName),
    onSuccess: ({ blob, fileName: name }) => {
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      URL.revokeObjectURL(url);
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!record) return null;
  return (
    <Button label={label} onClick={() => mutate()} disabled={isPending} data-testid={`download-${path}`}>
      <DownloadIcon />
    </Button>
  );
};
