import RestoreIcon from '@mui/icons-material/Restore';
import { Chip, Stack, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { Button, useTranslate, type TranslateFunction } from 'react-admin';
import { templateParts, type SettingRow } from './settings.rules.js';
import { templatePreview } from './template-preview.rules.js';

/** A setting's name in the current language; a template by its name and language. */
export const settingLabel = (key: string, translate: TranslateFunction): string => {
  const template = templateParts(key);
  if (!template) return translate(`resources.settings.keys.${key}`, { _: key });
  const language = translate(`resources.settings.languages.${template.language}`, { _: template.language });
  return translate('resources.settings.template', { name: template.name, language });
};

const SOURCE_COLORS = { default: 'default', city: 'info', tenant: 'primary' } as const;

export interface SettingRowItemProps {
  row: SettingRow;
  draft: string;
  invalid: boolean;
  writable: boolean;
  onChange(value: string): void;
  onUseInherited(): void;
}

/** One setting: its name, where its value comes from, the value, and the way back to the inherited one. */
export const SettingRowItem = ({ row, draft, invalid, writable, onChange, onUseInherited }: SettingRowItemProps) => {
  const translate = useTranslate();
  const template = templateParts(row.key);
  const isTemplate = template !== null;
  const preview = template ? templatePreview(template.name, template.language, draft) : null;
  const unknown = preview !== null && preview.unknown.length > 0;
  const braces = (names: readonly string[]) => names.map((name) => `{${name}}`).join(' ');
  const helper = invalid
    ? translate('resources.settings.validation.whole_number')
    : unknown
      ? translate('resources.settings.validation.unknown_variables', { unknown: braces(preview.unknown), known: braces(preview.known) })
      : preview
        ? translate('resources.settings.preview', { text: preview.text })
        : undefined;
  return (
    <TableRow data-testid={`setting-${row.key}`}>
      <TableCell sx={{ width: '30%' }}>
        <Typography variant="body2">{settingLabel(row.key, translate)}</Typography>
        <Typography variant="caption" color="text.secondary">
          {row.key}
        </Typography>
      </TableCell>
      <TableCell sx={{ width: 120 }}>
        <Chip
          size="small"
          color={SOURCE_COLORS[row.source]}
          label={translate(`resources.settings.sources.${row.source}`)}
          data-source={row.source}
        />
      </TableCell>
      <TableCell>
        <TextField
          value={draft}
          onChange={(event) => onChange(event.target.value)}
          disabled={!writable}
          error={invalid || unknown}
          helperText={helper}
          slotProps={{ htmlInput: { 'aria-label': settingLabel(row.key, translate) }, formHelperText: { 'data-testid': `setting-help-${row.key}` } as object }}
          size="small"
          fullWidth
          multiline={isTemplate}
        />
      </TableCell>
      <TableCell sx={{ width: 160 }}>
        <Stack direction="row">
          {writable && row.source === 'tenant' && (
            <Button label="resources.settings.actions.use_inherited" onClick={onUseInherited}>
              <RestoreIcon />
            </Button>
          )}
        </Stack>
      </TableCell>
    </TableRow>
  );
};
