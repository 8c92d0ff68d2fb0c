import { Button, Card, CardContent, CardHeader, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { MAIL_MODES, NOTICE_CATEGORIES, type Preferences, type PreferencesView } from '@xieshang/contracts';
import { useEffect, useState } from 'react';
import { Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';

/** The person's preferences as they are sent back: the phone is kept as stored unless retyped. */
const toPreferences = (view: PreferencesView, phone: string | null): Preferences => ({
  email: view.email,
  phone,
  language: view.language,
  mail: view.mail,
  sms: view.sms,
  quietHours: view.quietHours,
});

/**
 * 通知设置: how the signed-in person is told besides the inbox — mail at once, a daily digest or
 * none per category, the address, the language and quiet hours.
 */
export const NoticePreferencesPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [view, setView] = useState<PreferencesView | null>(null);
  useEffect(() => {
    void dataProvider.getNoticePreferences().then(setView, (error: Error) => notify(error.message, { type: 'error' }));
  }, [dataProvider, notify]);
  if (!view) return null;
  const t = (key: string, options?: object) => translate(`resources.notice-preferences.${key}`, options);
  const save = () =>
    dataProvider.saveNoticePreferences(toPreferences(view, null)).then(
      (saved) => {
        setView(saved);
        notify('resources.notice-preferences.saved', { type: 'info' });
      },
      (error: Error) => notify(error.message, { type: 'error' }),
    );
  return (
    <Card sx={{ mt: 2, maxWidth: 720 }} data-testid="notice-preferences">
      <Title title="resources.notice-preferences.name" />
      <CardHeader title={t('name')} component="h2" />
      <CardContent>
        <Stack spacing={2}>
          <TextField
            label={t('email')}
            value={view.email ?? ''}
            helperText={t('effective', { address: view.effectiveEmail ?? '-' })}
            onChange={(event) => setView({ ...view, email: event.target.value.trim() || null })}
          />
          <TextField select label={t('language')} value={view.language} onChange={(event) => setView({ ...view, language: event.target.value as Preferences['language'] })}>
            <MenuItem value="zh-CN">中文</MenuItem>
            <MenuItem value="en">English</MenuItem>
          </TextField>
          <Typography variant="subtitle2">{t('mail')}</Typography>
          {NOTICE_CATEGORIES.map((category) => (
            <TextField
              key={category}
              select
              size="small"
              label={t(`categories.${category}`)}
              value={view.mail[category] ?? 'immediate'}
              onChange={(event) => setView({ ...view, mail: { ...view.mail, [category]: event.target.value } })}
              data-testid={`mail-${category}`}
            >
              {MAIL_MODES.map((mode) => (
                <MenuItem key={mode} value={mode}>
                  {t(`modes.${mode}`)}
                </MenuItem>
              ))}
            </TextField>
          ))}
          <Stack direction="row" spacing={2}>
            <TextField
              label={t('quiet_from')}
              type="time"
              value={view.quietHours?.from ?? ''}
              onChange={(event) => setView({ ...view, quietHours: event.target.value ? { from: event.target.value, to: view.quietHours?.to ?? '07:00' } : null })}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              label={t('quiet_to')}
              type="time"
              value={view.quietHours?.to ?? ''}
              onChange={(event) => setView({ ...view, quietHours: view.quietHours ? { ...view.quietHours, to: event.target.value || '07:00' } : null })}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Stack>
          <Button variant="contained" onClick={() => void save()} sx={{ alignSelf: 'flex-start' }}>
            {translate('ra.action.save')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};
