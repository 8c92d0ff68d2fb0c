import { Typography } from '@mui/material';
import type { AttachmentView } from '@xieshang/contracts';
import { useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { DocumentList, DocumentUploadButton } from '../documents/index.js';

export interface RecordAttachmentsProps {
  resource: 'solicitations' | 'materials';
  /** Whether the caller may add a file now; the gateway and the service decide all the same. */
  canUpload: boolean;
}

/**
 * A solicitation's or a material's files, through the console's document pieces: each downloads
 * from `/<resource>/:id/attachments/<attachmentId>` with the bearer token; who may, adds more.
 */
export const RecordAttachments = ({ resource, canUpload }: RecordAttachmentsProps) => {
  const record = useRecordContext<{ id: string; attachments: AttachmentView[] }>();
  const translate = useTranslate();
  const refresh = useRefresh();
  if (!record) return null;
  const basePath = `/${resource}/${encodeURIComponent(record.id)}/attachments`;
  const headingId = `${resource}-attachments-heading`;
  return (
    <section aria-labelledby={headingId} data-testid="attachments">
      <Typography variant="subtitle1" component="h3" id={headingId} sx={{ mt: 2 }}>
        {translate('resources.solicitations.attachments.title')}
      </Typography>
      <DocumentList basePath={basePath} documents={record.attachments.map((attachment) => ({ ...attachment, uploadedAt: attachment.attachedAt }))} />
      {canUpload && <DocumentUploadButton path={basePath} label="resources.solicitations.attachments.add" onUploaded={refresh} />}
    </section>
  );
};
