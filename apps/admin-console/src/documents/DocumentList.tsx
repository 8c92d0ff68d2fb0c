import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { readableSize } from './document-files.rules.js';
import { DocumentLink, type DocumentEntry } from './DocumentLink.js';
import { useDistrictTime } from '../dashboard/useMe.js';

export interface DocumentListProps {
  /** The feature's documents route; each document downloads from `<basePath>/<id>`. */
  basePath: string;
  documents: readonly DocumentEntry[];
}

/** What tells two documents apart: size, version, when and by whom it was uploaded. */
const useDetails = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const time = useDistrictTime();
  return (document: DocumentEntry): string => {
    const parts = [readableSize(document.size, locale)];
    if (document.version !== undefined) parts.push(translate('xs.documents.version', { version: document.version }));
    if (document.uploadedAt) {
      parts.push(translate('xs.documents.uploaded_at', { date: time.dateTime(document.uploadedAt) }));
    }
    if (document.uploadedByName) parts.push(translate('xs.documents.uploaded_by', { name: document.uploadedByName }));
    return parts.join(' · ');
  };
};

/** A record's documents, each a download button with its size and upload details; a list, so it reads on phones too. */
export const DocumentList = ({ basePath, documents }: DocumentListProps) => {
  const translate = useTranslate();
  const details = useDetails();
  if (documents.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="document-list-empty">
        {translate('xs.documents.empty')}
      </Typography>
    );
  }
  return (
    <List dense aria-label={translate('xs.documents.list')} data-testid="document-list">
      {documents.map((document) => (
        <ListItem key={document.id} disableGutters>
          <ListItemText
            primary={<DocumentLink basePath={basePath} document={document} />}
            secondary={details(document)}
            slotProps={{ primary: { component: 'div' }, secondary: { sx: { pl: 1 } } }}
          />
        </ListItem>
      ))}
    </List>
  );
};
