import AddCommentIcon from '@mui/icons-material/AddComment';
import { Typography } from '@mui/material';
import type { ReplyView, SolicitationView } from '@xieshang/contracts';
import { useEffect, useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { maySupplement } from './reply-draft.rules.js';
import { ReplyChips, ReplyEditor } from './ReplyEditor.js';
import { useDistrictTime } from '../dashboard/useMe.js';

const t = (key: string) => `resources.replies.supplements.${key}`;

export interface ReplySupplementsProps {
  solicitation: SolicitationView;
  /** The branch's submitted reply. */
  reply: ReplyView;
  supplements: ReplyView[];
  onChanged: () => void;
}

/** A submitted supplement as it stands: its comments by section, and who approved it when. */
const SubmittedSupplement = ({ solicitation, supplement }: { solicitation: SolicitationView; supplement: ReplyView }) => {
  const translate = useTranslate();
  const time = useDistrictTime();
  const titleOf = (key: string | null) => {
    const section = solicitation.sections.find((candidate) => candidate.key === key);
    return section ? `${section.key} ${section.title}` : translate('resources.solicitations.helper.whole_document');
  };
  return (
    <li data-testid="supplement-submitted">
      {supplement.comments.map((comment, index) => (
        <Typography key={index} sx={{ whiteSpace: 'pre-line' }}>
          {titleOf(comment.sectionKey)}：{comment.text}
        </Typography>
      ))}
      <Typography variant="body2" color="text.secondary">
        {translate('resources.replies.submitted_by', { name: supplement.approvedByName ?? '', at: supplement.submittedAt ? time.dateTime(supplement.submittedAt) : '' })}
      </Typography>
    </li>
  );
};

/**
 * What the branch adds after its reply was submitted (补充意见): the reply itself never changes;
 * each supplement is written, approved by the leader and submitted as the reply was.
 */
export const ReplySupplements = ({ solicitation, reply, supplements, onChanged }: ReplySupplementsProps) => {
  const translate = useTranslate();
  const [adding, setAdding] = useState(false);
  const submitted = supplements.filter((supplement) => supplement.status === 'submitted');
  const pending = supplements.find((supplement) => supplement.status !== 'submitted');
  // Once saved, the new supplement is the pending one and its own form takes over.
  useEffect(() => {
    if (pending) setAdding(false);
  }, [pending?.id]);
  return (
    <section aria-labelledby="supplements-heading" data-testid="reply-supplements">
      <Typography variant="subtitle1" component="h4" id="supplements-heading" sx={{ mt: 2 }}>
        {translate(t('title'))}
      </Typography>
      {submitted.length === 0 && !pending && !adding && <Typography color="text.secondary">{translate(t('none'))}</Typography>}
      {submitted.length > 0 && (
        <ol>
          {submitted.map((supplement) => (
            <SubmittedSupplement key={supplement.id} solicitation={solicitation} supplement={supplement} />
          ))}
        </ol>
      )}
      {pending && (
        <>
          <Typography variant="subtitle2" component="div">
            {translate(t('pending'))} <ReplyChips reply={pending} testId="supplement" />
          </Typography>
          <ReplyEditor key={pending.id} solicitation={solicitation} reply={pending} supplementTo={reply.id} testId="supplement" onChanged={onChanged} />
        </>
      )}
      {!pending && adding && <ReplyEditor key="new" solicitation={solicitation} reply={undefined} supplementTo={reply.id} testId="supplement" onChanged={onChanged} />}
      {!adding && maySupplement(solicitation.status, [reply, ...supplements]) && (
        <Button label={t('add')} onClick={() => setAdding(true)} data-testid="supplement-add">
          <AddCommentIcon />
        </Button>
      )}
    </section>
  );
};
