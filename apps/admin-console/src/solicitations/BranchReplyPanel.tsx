import { Typography } from '@mui/material';
import type { ReplyView, SolicitationView } from '@xieshang/contracts';
import { useGetList, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { branchReplies } from './reply-draft.rules.js';
import { ReplyChips, ReplyEditor } from './ReplyEditor.js';
import { ReplySupplements } from './ReplySupplements.js';

/** The branch's own reply, and once it is submitted, the supplements that follow it. */
export const BranchReplyPanel = () => {
  const solicitation = useRecordContext<SolicitationView>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const { data, refetch } = useGetList<ReplyView & { id: string }>(
    'replies',
    { filter: { solicitationId: solicitation?.id }, pagination: { page: 1, perPage: 50 }, sort: { field: 'createdAt', order: 'ASC' } },
    { enabled: Boolean(solicitation) },
  );
  if (!solicitation) return null;
  const { first, supplements } = branchReplies(data ?? []);
  const changed = () => {
    void refetch();
    refresh();
  };
  return (
    <section aria-labelledby="reply-heading" data-testid="branch-reply">
      <Typography variant="h6" component="h3" id="reply-heading" sx={{ mt: 2 }}>
        {translate('resources.replies.title')} {first && <ReplyChips reply={first} testId="reply" />}
      </Typography>
      <ReplyEditor solicitation={solicitation} reply={first} supplementTo={null} testId="reply" onChanged={changed} />
      {first?.status === 'submitted' && <ReplySupplements solicitation={solicitation} reply={first} supplements={supplements} onChanged={changed} />}
    </section>
  );
};
