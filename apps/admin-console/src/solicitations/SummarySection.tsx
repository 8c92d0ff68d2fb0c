import { TextField as MuiTextField, Typography } from '@mui/material';
import type { SummarySectionView } from '@xieshang/contracts';
import { useTranslate } from 'react-admin';

const t = (key: string) => `resources.solicitations.summary.${key}`;

export interface SummarySectionProps {
  section: SummarySectionView;
  /** UFWD writes the section's note here; anyone else reads the saved one. */
  annotating: boolean;
  note: string;
  onNote: (note: string) => void;
}

/** One part of the summary: its heading, UFWD's note on it, and every opinion on it with its branch. */
export const SummarySection = ({ section, annotating, note, onNote }: SummarySectionProps) => {
  const translate = useTranslate();
  const title = section.sectionKey === null ? translate('resources.solicitations.helper.whole_document') : `${section.sectionKey} ${section.title}`;
  const testKey = section.sectionKey ?? 'whole';
  const marks = (opinion: SummarySectionView['opinions'][number]) =>
    [opinion.late ? translate('resources.solicitations.recipients.late') : '', opinion.supplement ? translate('resources.solicitations.replies.supplement') : ''].filter(Boolean).join(' ');
  return (
    <div data-testid={`summary-section-${testKey}`}>
      <Typography variant="subtitle1" component="h4" sx={{ mt: 1 }}>
        {title}
      </Typography>
      {annotating ? (
        <MuiTextField
          label={translate(t('section_note'), { section: title })}
          value={note}
          onChange={(event) => onNote(event.target.value)}
          multiline
          minRows={1}
          fullWidth
          margin="dense"
          inputProps={{ 'data-testid': `summary-section-note-${testKey}` }}
        />
      ) : (
        section.note && (
          <Typography sx={{ whiteSpace: 'pre-line' }} data-testid={`summary-section-note-text-${testKey}`}>
            {section.note}
          </Typography>
        )
      )}
      {section.opinions.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate(t('no_opinions'))}
        </Typography>
      ) : (
        <ul>
          {section.opinions.map((opinion, index) => (
            <li key={`${opinion.replyId}-${index}`} data-supplement={opinion.supplement ? 'yes' : 'no'}>
              {opinion.orgUnitName}：{opinion.text}
              {marks(opinion) && ` (${marks(opinion)})`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
