import { useMutation } from '@tanstack/react-query';
import type { InterviewLeaderView } from '@xieshang/contracts';
import { useEffect, useState } from 'react';
import {
  Create,
  maxLength,
  minValue,
  maxValue,
  NumberInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  Title,
  useDataProvider,
  useNotify,
  usePermissions,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { Card, CardContent } from '@mui/material';
import type { ConsolePermissions } from '../authProvider.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { invitePayload, type InviteFormValues } from './interview-form.rules.js';
import { useDistrictZone } from '../dashboard/useMe.js';
import { ARRANGER_ROLES, CPC_ROLES, holdsAny } from './interview-roles.js';
import { usePartyChoices } from './usePartyChoices.js';

/** The district's leaders, for UFWD and the office to name whom the interview is with. */
export const useLeaderChoices = (enabled: boolean): { id: string; name: string }[] => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [leaders, setLeaders] = useState<InterviewLeaderView[]>([]);
  useEffect(() => {
    if (!enabled) return;
    void dataProvider.getInterviewLeaders().then(setLeaders, () => setLeaders([]));
  }, [dataProvider, enabled]);
  return leaders.map((leader) => ({ id: leader.id, name: leader.displayName }));
};

/** A CPC leader's invitation (UFWD or the office name the leader); with a time and place it is arranged at once. */
const InvitationForm = ({ arranger }: { arranger: boolean }) => {
  const parties = usePartyChoices();
  const leaders = useLeaderChoices(arranger);
  const zone = useDistrictZone();
  return (
    <Create redirect="show" transform={(values: InviteFormValues) => invitePayload(values, zone)} title="resources.interviews.invite">
      <SimpleForm>
        <SelectInput source="partyOrgUnitId" choices={parties} validate={required()} fullWidth />
        <TextInput source="subject" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="information" validate={[required(), maxLength(20000)]} multiline minRows={4} fullWidth helperText="resources.interviews.helpers.information" />
        {arranger && <SelectInput source="leaderPersonId" choices={leaders} validate={required()} fullWidth />}
        <TextInput source="startsAt" type="datetime-local" InputLabelProps={{ shrink: true }} helperText="resources.interviews.helpers.startsAt" />
        <NumberInput source="durationMinutes" min={15} max={480} step={15} validate={[minValue(15), maxValue(480)]} />
        <TextInput source="place" validate={maxLength(300)} fullWidth />
      </SimpleForm>
    </Create>
  );
};

/** A party's leader asks UFWD for an interview with a CPC leader, for their own party. */
const RequestForm = () => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const { mutate, isPending } = useMutation({
    mutationFn: (values: { subject: string; information: string; preferredLeader?: string }) =>
      dataProvider.requestInterview({
        subject: values.subject.trim(),
        information: values.information.trim(),
        ...(values.preferredLeader?.trim() ? { preferredLeader: values.preferredLeader.trim() } : {}),
      }),
    onSuccess: (interview) => {
      notify('resources.interviews.notifications.requested', { type: 'success' });
      redirect('show', 'interviews', interview.id);
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  return (
    <Card>
      <Title title={translate('resources.interviews.request')} />
      <CardContent>
        <SimpleForm resource="interviews" onSubmit={(values: Record<string, unknown>) => mutate(values as never)} disabled={isPending}>
          <TextInput source="subject" validate={[required(), maxLength(200)]} fullWidth />
          <TextInput source="information" validate={[required(), maxLength(20000)]} multiline minRows={4} fullWidth helperText="resources.interviews.helpers.information" />
          <TextInput source="preferredLeader" validate={maxLength(100)} fullWidth />
        </SimpleForm>
      </CardContent>
    </Card>
  );
};

export const InterviewCreate = () => {
  const { permissions } = usePermissions<ConsolePermissions>();
  const roles = permissions?.roles ?? [];
  if (holdsAny(roles, CPC_ROLES)) return <InvitationForm arranger={holdsAny(roles, ARRANGER_ROLES)} />;
  return <RequestForm />;
};
