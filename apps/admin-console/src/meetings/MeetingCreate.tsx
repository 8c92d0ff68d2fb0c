import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  Create,
  FormDataConsumer,
  maxLength,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { meetingTypeChoices } from './meeting-choices.js';
import { DistrictTimeInput } from '../common/DistrictTimeInput.js';

const orgUnitSearch = (q: string) => (q ? { q } : {});
const defaultValues = { type: 'thematic', invitedOrgUnitIds: [], nominees: [] };

/** A meeting the plan did not foresee (a joint meeting among them), added by office or UFWD. */
export const MeetingCreate = () => (
  <Create redirect="show" transform={(data: Record<string, unknown>) => ({ ...data, startsAt: data.startsAt ? new Date(String(data.startsAt)).toISOString() : null })}>
    <SimpleForm defaultValues={defaultValues}>
      <SelectInput source="type" choices={meetingTypeChoices} validate={required()} />
      <TextInput source="title" validate={[required(), maxLength(300)]} fullWidth />
      <DistrictTimeInput source="startsAt" />
      <TextInput source="place" validate={maxLength(300)} fullWidth />
      <TextInput source="chairName" validate={maxLength(200)} />
      <ReferenceInput source="leadOrgUnitId" reference="org-units" filter={{ active: true }} sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <AutocompleteInput optionText="name" filterToQuery={orgUnitSearch} validate={required()} sx={{ minWidth: 400 }} />
      </ReferenceInput>
      <ReferenceArrayInput source="invitedOrgUnitIds" reference="org-units" filter={{ active: true }} sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <AutocompleteArrayInput optionText="name" filterToQuery={orgUnitSearch} sx={{ minWidth: 400 }} />
      </ReferenceArrayInput>
      <FormDataConsumer<{ type?: string }>>
        {({ formData }) =>
          formData.type === 'personnel' ? (
            <ArrayInput source="nominees">
              <SimpleFormIterator inline>
                <TextInput source="name" label="resources.meetings.fields.nomineeName" validate={required()} />
                <TextInput source="position" label="resources.meetings.fields.nomineePosition" validate={required()} />
              </SimpleFormIterator>
            </ArrayInput>
          ) : null
        }
      </FormDataConsumer>
    </SimpleForm>
  </Create>
);
