import UploadFileIcon from '@mui/icons-material/UploadFile';
import { CircularProgress } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useRef, type ChangeEvent } from 'react';
import { Button, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { DOCUMENT_ACCEPT } from './document-files.rules.js';

export interface DocumentUploadButtonProps {
  /** The feature's upload route under the API base, e.g. `/meetings/12/documents`. */
  path: string;
  /** Translation key (or text) of the button; `xs.documents.upload` (上传文件) when absent. */
  label?: string;
  /** Called with the route's JSON answer once the file is stored, e.g. to refresh the record. */
  onUploaded?: (answer: unknown, file: File) => void;
  disabled?: boolean;
}

/**
 * A button that opens the file picker (PDF, DOCX, XLSX, PNG, JPEG, GIF, WebP) and uploads the
 * chosen file to `path`. While the file is sent the button is disabled and shows a spinner; a
 * refusal (too large, type not allowed, name not fitting the content) is told in the user's
 * language. The gateway, not the picker, decides what is accepted: the picker only helps.
 */
export const DocumentUploadButton = ({ path, label = 'xs.documents.upload', onUploaded, disabled = false }: DocumentUploadButtonProps) => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const { mutate, isPending, variables } = useMutation({
    mutationFn: (file: File) => dataProvider.uploadDocument(path, file),
    onSuccess: (answer, file) => {
      notify('xs.documents.uploaded', { type: 'success', messageArgs: { name: file.name } });
      onUploaded?.(answer, file);
    },
    onError: (error: Error, file) =>
      notify('xs.documents.upload_failed', { type: 'error', messageArgs: { name: file.name, message: error.message } }),
  });
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again (after fixing it) uploads it again.
    event.target.value = '';
    if (file) mutate(file);
  };
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={DOCUMENT_ACCEPT}
        onChange={picked}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="document-upload-input"
      />
      <Button
        label={label}
        onClick={() => input.current?.click()}
        disabled={disabled || isPending}
        aria-busy={isPending}
        title={translate('xs.documents.accepted')}
        data-testid="document-upload"
      >
        {isPending ? (
          <CircularProgress size={18} color="inherit" aria-label={translate('xs.documents.uploading', { name: variables?.name ?? '' })} />
        ) : (
          <UploadFileIcon />
        )}
      </Button>
    </>
  );
};
