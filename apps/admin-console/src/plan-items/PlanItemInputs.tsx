import { ITEM_TOPIC_MAX } from '@xieshang/contracts';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  maxLength,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useLocaleState,
} from 'react-admin';
import { contentCategoryChoices, itemFormChoices, meetingTypeChoices, monthChoices } from '../plans/plan-choices.js';

const orgUnitSearch = (q: string) => (q ? { q } : {});

/**
 * The fields of a plan item: topic, form and (for a meeting) its type, month or day, the units
 * taking part and leading, the content category; the reason when the plan is already published.
 */
export const PlanItemInputs = ({ withTopic = true, withReason = false }: { withTopic?: boolean; withReason?: boolean }) => {
  const [locale] = useLocaleState();
  return (
    <>
      {withTopic && <TextInput source="topic" validate={[required(), maxLength(ITEM_TOPIC_MAX)]} fullWidth />}
      <SelectInput source="form" choices={itemFormChoices} validate={required()} />
      <FormDataConsumer<{ form?: string }>>
        {({ formData }) =>
          formData.form === 'meeting' ? <SelectInput source="meetingType" choices={meetingTypeChoices} validate={required()} /> : null
        }
      </FormDataConsumer>
      <SelectInput
        source="plannedMonth"
        choices={monthChoices(locale)}
        emptyText="-"
        helperText="resources.plan-items.helper.time"
      />
      <DateInput source="plannedDate" />
      <ReferenceArrayInput
        source="participantOrgUnitIds"
        reference="org-units"
        filter={{ active: true }}
        sort={{ field: 'name', order: 'ASC' }}
        perPage={100}
      >
        <AutocompleteArrayInput optionText="name" filterToQuery={orgUnitSearch} sx={{ minWidth: 400 }} />
      </ReferenceArrayInput>
      <ReferenceInput source="leadOrgUnitId" reference="org-units" filter={{ active: true }} sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <AutocompleteInput optionText="name" filterToQuery={orgUnitSearch} sx={{ minWidth: 400 }} />
      </ReferenceInput>
      <SelectInput source="contentCategory" choices={contentCategoryChoices} validate={required()} />
      {withReason && (
        <TextInput source="reason" multiline minRows={2} fullWidth helperText="resources.plan-items.helper.reason" validate={required()} />
      )}
      {withReason && (
        <TextInput source="belowMinimumReason" multiline minRows={2} fullWidth helperText="resources.plan-items.helper.below_minimum" />
      )}
    </>
  );
};
