import DescriptionIcon from '@mui/icons-material/Description';
import ImageIcon from '@mui/icons-material/Image';
import InsertDriveFileIcon from '@mui/icons-material/InsertDriveFile';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import TableChartIcon from '@mui/icons-material/TableChart';
import { Button, CircularProgress } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { documentKind, documentPath, type DocumentKind } from './document-files.rules.js';
import { saveFile } from './save-file.js';

/** A document as a feature's record lists it. */
export interface DocumentEntry {
  id: string | number;
  fileName: string;
  size: number;
  mediaType: string;
  version?: number;
  uploadedAt?: string;
  uploadedByName?: string;
}

const KIND_ICON: Record<DocumentKind, typeof DescriptionIcon> = {
  pdf: PictureAsPdfIcon,
  word: DescriptionIcon,
  sheet: TableChartIcon,
  image: ImageIcon,
  other: InsertDriveFileIcon,
};

export interface DocumentLinkProps {
  /** The feature's documents route; the document is fetched from `<basePath>/<id>`. */
  basePath: string;
  document: DocumentEntry;
  /** The document's own route when it is not `<basePath>/<id>`, e.g. one version of it (`…/<id>?version=2`). */
  path?: string;
}

/**
 * The document's name as a button that downloads it with the bearer token and saves it under
 * the name the gateway gives (the uploader's Chinese name).
 */
export const DocumentLink = ({ basePath, document, path }: DocumentLinkProps) => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.downloadDocument(path ?? documentPath(basePath, document.id), document.fileName),
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
    onError: (error: Error) =>
      notify('xs.documents.download_failed', { type: 'error', messageArgs: { name: document.fileName, message: error.message } }),
  });
  const Icon = KIND_ICON[documentKind(document.mediaType)];
  return (
    <Button
      size="small"
      onClick={() => mutate()}
      disabled={isPending}
      aria-busy={isPending}
      // Starts with the visible name, so voice control finds it by what it shows.
      aria-label={translate('xs.documents.download', { name: document.fileName })}
      startIcon={isPending ? <CircularProgress size={16} color="inherit" aria-hidden="true" /> : <Icon />}
      sx={{ textTransform: 'none', textAlign: 'left', justifyContent: 'flex-start', overflowWrap: 'anywhere' }}
      data-testid="document-link"
    >
      {document.fileName}
    </Button>
  );
};
