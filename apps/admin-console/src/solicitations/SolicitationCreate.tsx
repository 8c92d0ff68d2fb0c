import {
  ArrayInput,
  AutocompleteArrayInput,
  Create,
  DateTimeInput,
  maxLength,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { toInstant } from './written-choices.js';

const PAGE = { page: 1, perPage: 200 };

/** Office or UFWD composes the document, its sections or questions, the branches and the deadline; it is sent from its page. */
export const SolicitationCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ documentVersion: '征求意见稿', sections: [] }}>
      <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="documentVersion" validate={[required(), maxLength(60)]} />
      <TextInput source="description" multiline minRows={2} fullWidth validate={maxLength(5000)} />
      <ReferenceInput source="draftingOrgUnitId" reference="org-units" filter={{ kind: 'department', active: true }} perPage={PAGE.perPage} sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput optionText="shortName" emptyText="resources.solicitations.helper.no_drafter" />
      </ReferenceInput>
      <ArrayInput source="sections">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="key" validate={[required(), maxLength(40)]} helperText={false} />
          <TextInput source="title" validate={[required(), maxLength(200)]} helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <ReferenceArrayInput source="recipientOrgUnitIds" reference="org-units" filter={{ active: true }} perPage={PAGE.perPage} sort={{ field: 'kind', order: 'ASC' }}>
        <AutocompleteArrayInput optionText="shortName" validate={required()} fullWidth />
      </ReferenceArrayInput>
      <DateTimeInput source="replyDeadline" validate={required()} parse={toInstant} />
    </SimpleForm>
  </Create>
);
