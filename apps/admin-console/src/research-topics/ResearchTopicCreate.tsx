import {
  AutocompleteInput,
  Create,
  DateInput,
  FormDataConsumer,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { researchKindChoices } from '../plans/plan-choices.js';
import { PLAN_YEAR_MAX, PLAN_YEAR_MIN } from '../plans/plan-year.js';

// One object for the form's whole life: a new one on each render would reset what was typed.
const defaultValues = { year: new Date().getFullYear(), kind: 'catalogue' };

/** A catalogue topic, research commissioned to a party (named here), or a study tour (date and destination). */
export const ResearchTopicCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={defaultValues}>
      <NumberInput source="year" validate={[required(), minValue(PLAN_YEAR_MIN), maxValue(PLAN_YEAR_MAX)]} step={1} />
      <SelectInput source="kind" choices={researchKindChoices} validate={required()} />
      <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="description" validate={maxLength(4000)} multiline minRows={3} fullWidth />
      <FormDataConsumer<{ kind?: string }>>
        {({ formData }) => (
          <>
            {formData.kind === 'commissioned' && (
              <ReferenceInput source="commissionedOrgUnitId" reference="org-units" filter={{ active: true }} perPage={100}>
                <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
              </ReferenceInput>
            )}
            {formData.kind === 'study_tour' && (
              <>
                <DateInput source="tourDate" validate={required()} />
                <TextInput source="destination" validate={[required(), maxLength(200)]} fullWidth />
              </>
            )}
          </>
        )}
      </FormDataConsumer>
    </SimpleForm>
  </Create>
);
