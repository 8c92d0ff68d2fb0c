import AttachFileIcon from '@mui/icons-material/AttachFile';
import DownloadIcon from '@mui/icons-material/Download';
import { List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { AttachmentView } from '@xieshang/contracts';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { saveFile } from './written-choices.js';

/** The record's files: each downloads with the bearer token; the uploader adds more while that is allowed. */
export const AttachmentsPanel = ({ resource, canUpload }: { resource: 'solicitations' | 'materials'; canUpload: boolean }) => {
  const record = useRecordContext<{ id: string; attachments: AttachmentView[] }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const failed = (error: Error) => notify(error.message, { type: 'error' });
  const upload = useMutation({
    mutationFn: (file: File) => dataProvider.uploadAttachment(resource, record!.id, file),
    onSuccess: () => {
      notify('resources.solicitations.attachments.uploaded', { type: 'success' });
      refresh();
    },
    onError: failed,
  });
  const download = useMutation({
    mutationFn: (attachmentId: string) => dataProvider.downloadAttachment(resource, record!.id, attachmentId),
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
    onError: failed,
  });
  if (!record) return null;
  const inputId = `attachment-input-${resource}`;
  return (
    <section aria-labelledby={`${inputId}-heading`} data-testid="attachments">
      <Typography variant="subtitle1" component="h3" id={`${inputId}-heading`} sx={{ mt: 2 }}>
        {translate('resources.solicitations.attachments.title')}
      </Typography>
      {record.attachments.length === 0 && <Typography>{translate('resources.solicitations.attachments.none')}</Typography>}
      <MuiList dense>
        {record.attachments.map((attachment) => (
          <ListItem key={attachment.id} secondaryAction={<Button label="resources.solicitations.attachments.download" onClick={() => download.mutate(attachment.id)}><DownloadIcon /></Button>}>
            <ListItemText primary={attachment.fileName} secondary={`${Math.ceil(attachment.size / 1024)} KB`} />
          </ListItem>
        ))}
      </MuiList>
      {canUpload && (
        <>
          <label htmlFor={inputId}>
            <input
              id={inputId}
              type="file"
              hidden
              accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.gif,.webp"
              data-testid="attachment-input"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) upload.mutate(file);
                event.target.value = '';
              }}
            />
            <Button label="resources.solicitations.attachments.add" component="span" disabled={upload.isPending}>
              <AttachFileIcon />
            </Button>
          </label>
        </>
      )}
    </section>
  );
};
