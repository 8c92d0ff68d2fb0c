import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { roleLabel } from '../dashboard/me.js';

/** A person's roles as chips, each in the current language. */
export const RoleChips = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<{ roles?: string[] }>();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {(record?.roles ?? []).map((role) => (
        <Chip key={role} size="small" label={roleLabel(role, translate)} data-role={role} />
      ))}
    </Stack>
  );
};
