import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReplyView, SolicitationView } from '@xieshang/contracts';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';

/** The submitted replies side by side: one row per section, one column per branch, a supplement under the reply it follows. */
export const RepliesSideBySide = () => {
  const record = useRecordContext<SolicitationView>();
  const translate = useTranslate();
  const { data } = useGetList<ReplyView & { id: string }>(
    'replies',
    { filter: { solicitationId: record?.id, status: 'submitted' }, pagination: { page: 1, perPage: 200 }, sort: { field: 'submittedAt', order: 'ASC' } },
    { enabled: Boolean(record) },
  );
  if (!record) return null;
  const replies = data ?? [];
  const branches = [...new Map(replies.map((reply) => [reply.orgUnitId, reply.orgUnitName])).entries()];
  const rows = [{ key: null as string | null, title: translate('resources.solicitations.helper.whole_document') }, ...record.sections.map((section) => ({ key: section.key as string | null, title: `${section.key} ${section.title}` }))];
  return (
    <section aria-labelledby="replies-heading">
      <Typography variant="h6" component="h3" id="replies-heading" sx={{ mt: 2 }}>
        {translate('resources.solicitations.replies.title')}
      </Typography>
      {branches.length === 0 ? (
        <Typography>{translate('resources.solicitations.replies.none')}</Typography>
      ) : (
        <Table size="small" data-testid="replies-side-by-side">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.solicitations.replies.section')}</TableCell>
              {branches.map(([id, name]) => (
                <TableCell key={id}>{name}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key ?? '-'}>
                <TableCell component="th" scope="row">
                  {row.title}
                </TableCell>
                {branches.map(([id]) => (
                  <TableCell key={id}>
                    {replies
                      .filter((reply) => reply.orgUnitId === id)
                      .flatMap((reply) =>
                        reply.comments
                          .filter((comment) => comment.sectionKey === row.key)
                          .map((comment, index) => (
                            <p key={`${reply.id}-${index}`} data-supplement={reply.supplementTo ? 'yes' : 'no'}>
                              {comment.text}
                              {reply.supplementTo && (
                                <Typography component="span" variant="caption" color="text.secondary">
                                  {` (${translate('resources.solicitations.replies.supplement')})`}
                                </Typography>
                              )}
                            </p>
                          )),
                      )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
};
