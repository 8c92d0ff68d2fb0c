import AttachFileIcon from '@mui/icons-material/AttachFile';
import DownloadIcon from '@mui/icons-material/Download';
import { List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { InterviewDocumentView, InterviewView } from '@xieshang/contracts';
import { useRef } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';

/** Hands a downloaded file to the browser under its own name. */
const saveFile = (blob: Blob, fileName: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
};

const DocumentRow = ({ interviewId, document }: { interviewId: string; document: InterviewDocumentView }) => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.downloadInterviewDocument(interviewId, document.id),
    onSuccess: (blob) => saveFile(blob, document.fileName),
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  return (
    <ListItem
      disableGutters
      data-testid="interview-document"
      secondaryAction={
        <Button label="resources.interviews.actions.download" onClick={() => mutate()} disabled={isPending}>
          <DownloadIcon />
        </Button>
      }
    >
      <ListItemText primary={document.fileName} secondary={translate('resources.interviews.uploaded_by', { name: document.uploadedByName })} />
    </ListItem>
  );
};

/** The documents sent in advance, each downloadable; until the interview is held, one more may be attached. */
export const InterviewDocuments = () => {
  const interview = useRecordContext<InterviewView>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const input = useRef<HTMLInputElement>(null);
  const { canAccess } = useCanAccess({ resource: 'interviews', action: 'attach' });
  const { mutate, isPending } = useMutation({
    mutationFn: (file: File) => dataProvider.uploadInterviewDocument(String(interview!.id), file),
    onSuccess: () => {
      notify('resources.interviews.notifications.attach', { type: 'success' });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!interview) return null;
  const open = interview.status === 'requested' || interview.status === 'scheduled';
  return (
    <>
      {interview.documents.length === 0 ? (
        <Typography variant="body2">-</Typography>
      ) : (
        <MuiList dense data-testid="interview-documents">
          {interview.documents.map((document) => (
            <DocumentRow key={document.id} interviewId={String(interview.id)} document={document} />
          ))}
        </MuiList>
      )}
      {open && canAccess && (
        <>
          <input
            ref={input}
            type="file"
            hidden
            accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.gif,.webp"
            data-testid="interview-document-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) mutate(file);
              event.target.value = '';
            }}
          />
          <Button label="resources.interviews.actions.attach" onClick={() => input.current?.click()} disabled={isPending} data-testid="action-attach">
            <AttachFileIcon />
          </Button>
        </>
      )}
    </>
  );
};
