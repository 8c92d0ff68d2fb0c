import { Create, maxLength, ReferenceInput, required, SelectInput, SimpleForm, TextInput, type RaRecord } from 'react-admin';

const backToPlan = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) => `plans/${String(data?.planId)}/show/suggestions`;

/** A party member drafts a topic for their own branch; the plan must be asking for topics. */
export const SuggestionCreate = () => (
  <Create redirect={backToPlan}>
    <SimpleForm>
      <ReferenceInput source="planId" reference="plans" filter={{ status: 'soliciting' }} sort={{ field: 'year', order: 'DESC' }}>
        <SelectInput optionText="title" validate={required()} />
      </ReferenceInput>
      <TextInput source="topic" validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="reason" validate={[required(), maxLength(2000)]} multiline minRows={3} fullWidth />
    </SimpleForm>
  </Create>
);
