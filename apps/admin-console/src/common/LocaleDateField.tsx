import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** A date and time written the way the console's current language writes them. */
export const LocaleDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField showTime {...props} locales={locale} />;
};
