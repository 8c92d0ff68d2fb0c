import SettingsIcon from '@mui/icons-material/Settings';
import { SettingsPage } from './SettingsPage.js';

/** One page for all settings: they are edited together, not record by record. */
export const settings = {
  list: SettingsPage,
  icon: SettingsIcon,
};
