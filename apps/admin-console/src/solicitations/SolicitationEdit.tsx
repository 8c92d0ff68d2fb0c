import { Typography } from '@mui/material';
import type { SolicitationView } from '@xieshang/contracts';
import { Edit, SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import { RecordAttachments } from './RecordAttachments.js';
import { SolicitationInputs } from './SolicitationInputs.js';

/** A file attached while the form is open renews the record's version; what was typed stays. */
const KEEP_TYPED = { keepDirtyValues: true };

/** A solicitation is never deleted (the gateway has no route for it): the form only saves. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Only a draft is edited: what the branches received does not change under them. */
const DraftForm = () => {
  const record = useRecordContext<SolicitationView>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.status !== 'draft') {
    return (
      <Typography sx={{ p: 2 }} data-testid="solicitation-not-editable">
        {translate('resources.solicitations.helper.only_draft_edited')}
      </Typography>
    );
  }
  return (
    <SimpleForm resetOptions={KEEP_TYPED} toolbar={<SaveOnly />}>
      <SolicitationInputs />
      {/* Files are stored as soon as they are picked, apart from the form's save. */}
      <RecordAttachments resource="solicitations" canUpload />
    </SimpleForm>
  );
};

/** Office or UFWD edits the draft before sending it: the document, its sections, the branches, the deadline and its files. */
export const SolicitationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <DraftForm />
  </Edit>
);
