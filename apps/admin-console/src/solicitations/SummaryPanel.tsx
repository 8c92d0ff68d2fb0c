import DescriptionIcon from '@mui/icons-material/Description';
import SaveIcon from '@mui/icons-material/Save';
import SendIcon from '@mui/icons-material/Send';
import TableChartIcon from '@mui/icons-material/TableChart';
import { TextField as MuiTextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExportFormat, SolicitationView } from '@xieshang/contracts';
import { useEffect, useState } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { saveFile } from '../documents/index.js';
import { noteKey, notesOf, notesToSave, type SectionNotes, shownSections } from './summary-notes.rules.js';
import { SummarySection } from './SummarySection.js';
import { useDistrictTime } from '../dashboard/useMe.js';

const t = (key: string) => `resources.solicitations.summary.${key}`;

/** UFWD's summary: every opinion by section with its branch, UFWD's notes (overall and per section), the silent branches, exports and the report to the committee. */
export const SummaryPanel = () => {
  const record = useRecordContext<SolicitationView>();
  const translate = useTranslate();
  const time = useDistrictTime();
  const notify = useNotify();
  const client = useQueryClient();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess: summarises } = useCanAccess({ resource: 'solicitations', action: 'summarise' });
  const key = ['solicitation-summary', record?.id];
  const { data: summary } = useQuery({ queryKey: key, queryFn: () => dataProvider.getSummary(record!.id), enabled: Boolean(record) });
  const [note, setNote] = useState('');
  const [sectionNotes, setSectionNotes] = useState<SectionNotes>({});
  useEffect(() => {
    setNote(summary?.overallNote ?? '');
    setSectionNotes(notesOf(summary?.sections ?? []));
  }, [summary?.id, summary?.version]);
  const failed = (error: Error) => notify(error.message, { type: 'error' });
  const save = useMutation({
    mutationFn: () => dataProvider.saveSummary(record!.id, { overallNote: note, sectionNotes: notesToSave(sectionNotes), version: summary?.version ?? null }),
    onSuccess: (saved) => {
      client.setQueryData(key, saved);
      notify(t('saved'), { type: 'success' });
    },
    onError: failed,
  });
  const send = useMutation({
    mutationFn: () => dataProvider.runAction('solicitations', record!.id, 'summary/send'),
    onSuccess: (saved) => {
      client.setQueryData(key, saved);
      notify(t('sent'), { type: 'success' });
    },
    onError: failed,
  });
  const download = useMutation({
    mutationFn: (format: ExportFormat) => dataProvider.exportSummary(record!.id, format),
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
    onError: failed,
  });
  if (!record || !summary) return null;
  return (
    <section aria-labelledby="summary-heading" data-testid="solicitation-summary">
      <Typography variant="h6" component="h3" id="summary-heading" sx={{ mt: 2 }}>
        {translate(t('title'))}
      </Typography>
      {summarises ? (
        <MuiTextField label={translate(t('overall_note'))} value={note} onChange={(event) => setNote(event.target.value)} multiline minRows={2} fullWidth sx={{ mt: 1 }} inputProps={{ 'data-testid': 'summary-note' }} />
      ) : (
        summary.overallNote && (
          <Typography sx={{ whiteSpace: 'pre-line' }} data-testid="summary-overall-note-text">
            {summary.overallNote}
          </Typography>
        )
      )}
      {shownSections(summary.sections, summarises === true).map((section) => (
        <SummarySection
          key={noteKey(section.sectionKey)}
          section={section}
          annotating={summarises === true}
          note={sectionNotes[noteKey(section.sectionKey)] ?? ''}
          onNote={(text) => setSectionNotes({ ...sectionNotes, [noteKey(section.sectionKey)]: text })}
        />
      ))}
      <Typography data-testid="summary-silent">
        {translate(t('silent'))}：{summary.silentOrgUnits.map((unit) => unit.orgUnitName).join('、') || '-'}
      </Typography>
      {summarises && (
        <>
          <Button label={t('save')} onClick={() => save.mutate()} disabled={save.isPending} data-testid="summary-save">
            <SaveIcon />
          </Button>
          <Button label={t('send')} onClick={() => send.mutate()} disabled={send.isPending || Boolean(summary.sentToCommitteeAt)} data-testid="summary-send">
            <SendIcon />
          </Button>
        </>
      )}
      <Button label={t('export_docx')} onClick={() => download.mutate('docx')} disabled={download.isPending} data-testid="summary-export-docx">
        <DescriptionIcon />
      </Button>
      <Button label={t('export_xlsx')} onClick={() => download.mutate('xlsx')} disabled={download.isPending} data-testid="summary-export-xlsx">
        <TableChartIcon />
      </Button>
      {summary.sentToCommitteeAt && (
        <Typography data-testid="summary-sent-at">
          {translate(t('sent_at'), { name: summary.sentToCommitteeByName ?? '', at: time.dateTime(summary.sentToCommitteeAt) })}
        </Typography>
      )}
    </section>
  );
};
