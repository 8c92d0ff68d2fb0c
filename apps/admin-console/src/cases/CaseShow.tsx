import { Card, CardContent, CardHeader, Chip, Divider, List as MuiList, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import type { CaseView } from '@xieshang/contracts';
import { Show, TextField, useRecordContext, useTranslate } from 'react-admin';
import { StatusChip } from '../common/StatusChip.js';
import { useOrgUnitNames } from '../common/useOrgUnitNames.js';
import { CaseActions } from './CaseActions.js';
import { DaysLeftChip } from './DaysLeftChip.js';
import { useDistrictTime } from '../dashboard/useMe.js';
import { LocaleDateField } from '../common/LocaleDateField.js';

const T = 'resources.cases';

const Line = ({ label, children }: { label: string; children: React.ReactNode }) => {
  const translate = useTranslate();
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }} sx={{ py: 0.5 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 140 }}>
        {translate(label)}
      </Typography>
      <Typography variant="body2" component="div">
        {children}
      </Typography>
    </Stack>
  );
};

/** What was asked, by whom, and what came of it: the reply, the adoption, the ratings. */
const CaseBody = () => {
  const record = useRecordContext<CaseView & { id: string }>();
  const translate = useTranslate();
  const time = useDistrictTime();
  const unitName = useOrgUnitNames();
  if (!record) return null;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap">
        <Typography variant="h6" component="h2">
          #{record.number} <TextField source="title" variant="h6" />
        </Typography>
        <StatusChip resource="cases" />
        <DaysLeftChip />
      </Stack>
      <CaseActions />
      <Card variant="outlined">
        <CardContent>
          <Line label={`${T}.fields.text`}>{record.text}</Line>
          <Line label={`${T}.fields.source`}>
            {translate(`${T}.sources.${record.source.kind}`)} · {record.source.title}
            {record.source.section ? ` · ${record.source.section}` : ''}
          </Line>
          <Line label={`${T}.fields.parties`}>{record.parties.map((party) => party.raisedByName).join('、')}</Line>
          {record.track && <Line label={`${T}.fields.track`}>{translate(`${T}.tracks.${record.track}`)}</Line>}
          {record.leadOrgUnitId && (
            <Line label={`${T}.fields.leadOrgUnitId`}>
              {unitName(record.leadOrgUnitId)}
              {record.coHandlers.map((handler) => (
                <Chip key={handler.orgUnitId} size="small" sx={{ ml: 1 }} label={`${unitName(handler.orgUnitId)} ${handler.signedAt ? '✓' : '…'}`} />
              ))}
            </Line>
          )}
          {record.dueAt && (
            <Line label={`${T}.fields.dueAt`}>
              <LocaleDateField source="dueAt" showTime={false} />
              {record.extended ? ` · ${translate(`${T}.fields.extended`)}：${record.extensionReason ?? ''}` : ''}
            </Line>
          )}
          {record.closeReason && <Line label={`${T}.fields.closeReason`}>{record.closeReason}</Line>}
          {record.adoption && (
            <Line label={`${T}.fields.adoption`}>
              {translate(`${T}.adoptions.${record.adoption}`)}：{record.adoptionReason}
            </Line>
          )}
          {record.outcome && (
            <Line label={`${T}.fields.outcome`}>
              <span data-testid="case-outcome">{translate(`${T}.outcomes.${record.outcome}`)}</span>
            </Line>
          )}
          {record.reply && (
            <Line label={`${T}.fields.reply`}>
              <span data-testid="case-reply">{record.reply}</span>
            </Line>
          )}
          {record.plan && (
            <Line label={`${T}.fields.plan`}>
              {record.plan}（{record.planDueOn}）
            </Line>
          )}
          {record.ratings.map((rating) => (
            <Line key={`${rating.partyOrgUnitId}-${rating.round}`} label={`${T}.fields.satisfaction`}>
              <span data-testid="case-rating">
                {unitName(rating.partyOrgUnitId)} · {translate(`${T}.satisfactions.${rating.satisfaction}`)}
                {rating.comment ? `：${rating.comment}` : ''}
              </span>
            </Line>
          ))}
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardHeader title={translate(`${T}.history`)} titleTypographyProps={{ variant: 'subtitle1', component: 'h3' }} />
        <Divider />
        <MuiList dense data-testid="case-history">
          {record.history.map((step, index) => (
            <ListItem key={index}>
              <ListItemText
                primary={`${translate(`${T}.steps.${step.step}`, { _: step.step })}${step.note ? `：${step.note}` : ''}`}
                secondary={`${step.actorName} · ${time.dateTime(step.at)}`}
              />
            </ListItem>
          ))}
        </MuiList>
      </Card>
    </Stack>
  );
};

/** The case page: the opinion, its parties, its handling and its whole history. */
export const CaseShow = () => (
  <Show>
    <CardContent>
      <CaseBody />
    </CardContent>
  </Show>
);
