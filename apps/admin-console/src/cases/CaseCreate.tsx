import { OPINION_SOURCE_KINDS, OPINION_TRACKS } from '@xieshang/contracts';
import { Create, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';

const T = 'resources.cases';

/** Office or UFWD registers an opinion that reached them outside the platform. */
export const CaseCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ suggestedTrack: 'actionable', sourceKind: 'submission', partyOrgUnitId: null }}>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="text" validate={required()} multiline minRows={4} fullWidth />
      <SelectInput source="sourceKind" choices={OPINION_SOURCE_KINDS.map((kind) => ({ id: kind, name: `${T}.sources.${kind}` }))} validate={required()} />
      <ReferenceInput source="partyOrgUnitId" reference="org-units" filter={{ active: true }}>
        <SelectInput optionText="shortName" />
      </ReferenceInput>
      <TextInput source="raisedByName" validate={required()} />
      <SelectInput source="suggestedTrack" choices={OPINION_TRACKS.map((track) => ({ id: track, name: `${T}.tracks.${track}` }))} validate={required()} />
    </SimpleForm>
  </Create>
);
