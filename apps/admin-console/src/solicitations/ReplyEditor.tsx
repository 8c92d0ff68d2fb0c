import SaveIcon from '@mui/icons-material/Save';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { Checkbox, Chip, FormControlLabel, MenuItem, TextField as MuiTextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { ReplyView, SolicitationView } from '@xieshang/contracts';
import { useEffect, useState } from 'react';
import { Button, useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { commentsOf, draftTexts, type DraftTexts, WHOLE } from './reply-draft.rules.js';
import { REVIEW_FORM_IDS } from './written-choices.js';
import { districtToday } from '../common/district-time.rules.js';
import { useDistrictTime, useDistrictZone } from '../dashboard/useMe.js';

const t = (key: string) => `resources.replies.${key}`;

export interface ReplyEditorProps {
  solicitation: SolicitationView;
  /** The reply being written; none until its first save. */
  reply: ReplyView | undefined;
  /** The submitted reply a supplement follows; null for the branch's reply itself. */
  supplementTo: string | null;
  /** Prefixes the test ids, so that the reply and a supplement on one page stay apart. */
  testId: 'reply' | 'supplement';
  onChanged: () => void;
}

/** Where a reply stands, for its heading: its state, late, returned by the leader. */
export const ReplyChips = ({ reply, testId }: { reply: ReplyView; testId: ReplyEditorProps['testId'] }) => {
  const translate = useTranslate();
  return (
    <>
      <Chip size="small" label={translate(t(`statuses.${reply.status}`))} data-testid={`${testId}-status`} data-status={reply.status} />
      {reply.late && <Chip size="small" color="warning" sx={{ ml: 1 }} label={translate('resources.solicitations.recipients.late')} />}
    </>
  );
};

/**
 * One reply of the branch, or one supplement to it: members write per section and ask the leader;
 * the leader approves it at the branch's review (form and day), which submits it; then it stands.
 */
export const ReplyEditor = ({ solicitation, reply, supplementTo, testId, onChanged }: ReplyEditorProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const time = useDistrictTime();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess: leads } = useCanAccess({ resource: 'replies', action: 'submit' });
  const [texts, setTexts] = useState<DraftTexts>({});
  const [noComment, setNoComment] = useState(false);
  const zone = useDistrictZone();
  const [review, setReview] = useState({ reviewForm: 'chair_office_meeting', reviewedOn: districtToday(zone) });
  useEffect(() => {
    setTexts(draftTexts(reply?.comments ?? []));
    setNoComment(reply?.noComment ?? false);
  }, [reply?.id, reply?.version]);
  const done = (message: string) => () => {
    notify(t(`notifications.${message}`), { type: 'success' });
    onChanged();
  };
  const failed = (error: Error) => notify(error.message, { type: 'error' });
  const body = () => ({ noComment, comments: noComment ? [] : commentsOf(texts) });
  const save = useMutation({
    mutationFn: () =>
      reply
        ? dataProvider.update('replies', { id: reply.id, data: { ...body(), version: reply.version }, previousData: reply })
        : dataProvider.create('replies', { data: { solicitationId: solicitation.id, supplementTo, ...body() } }),
    onSuccess: done('saved'),
    onError: failed,
  });
  const step = useMutation({ mutationFn: ({ action, payload }: { action: string; payload?: object }) => dataProvider.runAction('replies', reply!.id, action, payload), onSuccess: done('stepped'), onError: failed });
  const editable = !reply || reply.status !== 'submitted';
  const sections = [{ key: WHOLE, title: translate('resources.solicitations.helper.whole_document') }, ...solicitation.sections.map((section) => ({ key: section.key, title: `${section.key} ${section.title}` }))];
  return (
    <>
      {reply?.leaderNote && reply.status === 'draft' && <Typography color="warning.main">{reply.leaderNote}</Typography>}
      {/* A supplement adds to what was said; "no comment" is for the reply itself. */}
      {supplementTo === null && (
        <FormControlLabel control={<Checkbox checked={noComment} disabled={!editable} onChange={(event) => setNoComment(event.target.checked)} />} label={translate(t('fields.noComment'))} />
      )}
      {!noComment &&
        sections.map((section) => (
          <MuiTextField
            key={section.key}
            label={section.title}
            value={texts[section.key] ?? ''}
            onChange={(event) => setTexts({ ...texts, [section.key]: event.target.value })}
            multiline
            minRows={2}
            fullWidth
            margin="dense"
            disabled={!editable}
            inputProps={{ 'data-testid': `${testId}-section-${section.key}` }}
          />
        ))}
      {editable && solicitation.status === 'sent' && (
        <Button label={t('actions.save')} onClick={() => save.mutate()} disabled={save.isPending} data-testid={`${testId}-save`}>
          <SaveIcon />
        </Button>
      )}
      {reply?.status === 'draft' && (
        <Button label={t('actions.request_approval')} onClick={() => step.mutate({ action: 'request-approval' })} disabled={step.isPending} data-testid={`${testId}-request-approval`}>
          <SendIcon />
        </Button>
      )}
      {leads && reply && reply.status !== 'submitted' && (
        <div data-testid={`${testId}-approval`}>
          <MuiTextField select label={translate(t('fields.reviewForm'))} value={review.reviewForm} onChange={(event) => setReview({ ...review, reviewForm: event.target.value })} margin="dense" sx={{ mr: 1, minWidth: 200 }}>
            {REVIEW_FORM_IDS.map((form) => (
              <MenuItem key={form} value={form}>
                {translate(t(`review_forms.${form}`))}
              </MenuItem>
            ))}
          </MuiTextField>
          <MuiTextField type="date" label={translate(t('fields.reviewedOn'))} value={review.reviewedOn} onChange={(event) => setReview({ ...review, reviewedOn: event.target.value })} margin="dense" InputLabelProps={{ shrink: true }} />
          <Button label={t('actions.submit')} onClick={() => step.mutate({ action: 'submit', payload: review })} disabled={step.isPending} data-testid={`${testId}-submit`}>
            <SendIcon />
          </Button>
          {reply.status === 'awaiting_leader' && (
            <Button label={t('actions.return')} onClick={() => step.mutate({ action: 'return', payload: { note: translate(t('default_return_note')) } })} disabled={step.isPending} data-testid={`${testId}-return`}>
              <UndoIcon />
            </Button>
          )}
        </div>
      )}
      {reply?.status === 'submitted' && (
        <Typography data-testid={`${testId}-submitted`}>
          {translate(t('submitted_by'), { name: reply.approvedByName ?? '', at: reply.submittedAt ? time.dateTime(reply.submittedAt) : '' })}
        </Typography>
      )}
    </>
  );
};
