import {
  ArrayInput,
  AutocompleteArrayInput,
  maxLength,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { DistrictTimeInput } from '../common/DistrictTimeInput.js';

const PER_PAGE = 200;

/** What office or UFWD writes of a solicitation, composing it or editing the draft: the document, its sections, the branches, the deadline. */
export const SolicitationInputs = () => (
  <>
    <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
    <TextInput source="documentVersion" validate={[required(), maxLength(60)]} />
    <TextInput source="description" multiline minRows={2} fullWidth validate={maxLength(5000)} />
    <ReferenceInput source="draftingOrgUnitId" reference="org-units" filter={{ kind: 'department', active: true }} perPage={PER_PAGE} sort={{ field: 'name', order: 'ASC' }}>
      <SelectInput optionText="shortName" emptyText="resources.solicitations.helper.no_drafter" />
    </ReferenceInput>
    <ArrayInput source="sections">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="key" validate={[required(), maxLength(40)]} helperText={false} />
        <TextInput source="title" validate={[required(), maxLength(200)]} helperText={false} />
      </SimpleFormIterator>
    </ArrayInput>
    <ReferenceArrayInput source="recipientOrgUnitIds" reference="org-units" filter={{ active: true }} perPage={PER_PAGE} sort={{ field: 'kind', order: 'ASC' }}>
      <AutocompleteArrayInput optionText="shortName" validate={required()} fullWidth />
    </ReferenceArrayInput>
    <DistrictTimeInput source="replyDeadline" validate={required()} />
  </>
);
