import { Edit, maxLength, required, SimpleForm, TextInput } from 'react-admin';

/** The member changes a draft (also one the branch's leader sent back) before submitting it again. */
export const SuggestionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <TextInput source="topic" validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="reason" validate={[required(), maxLength(2000)]} multiline minRows={3} fullWidth />
    </SimpleForm>
  </Edit>
);
