import { Create, maxLength, maxValue, minValue, NumberInput, required, SimpleForm, TextInput } from 'react-admin';
import { PLAN_YEAR_MAX, PLAN_YEAR_MIN } from './plan-year.js';

// One object for the form's whole life: a new one on each render would reset what was typed.
const defaultValues = { year: new Date().getFullYear() + 1 };

/** A new plan for a year: one per district and year; the items follow on its page. */
export const PlanCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={defaultValues}>
      <NumberInput source="year" validate={[required(), minValue(PLAN_YEAR_MIN), maxValue(PLAN_YEAR_MAX)]} step={1} />
      <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
    </SimpleForm>
  </Create>
);
