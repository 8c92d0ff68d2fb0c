import { DEFAULT_DEMO_PASSWORD } from './catalog.mjs';

/** The demo users directory-service seeds with SEED_DEMO_DISTRICT=true (not in production). */
export const DEMO_LOGINS = [
  { username: 'platform-admin', role: 'platform-admin', orgUnit: '—', tenant: '—' },
  { username: 'city', role: 'city-observer', orgUnit: '巴中市', tenant: 'bazhong' },
  { username: 'bazhou-admin', role: 'tenant-admin', orgUnit: '—', tenant: 'bazhou' },
  { username: 'office', role: 'office', orgUnit: '区委办公室', tenant: 'bazhou' },
  { username: 'ufwd', role: 'ufwd', orgUnit: '区委统战部', tenant: 'bazhou' },
  { username: 'gov-office', role: 'gov-office', orgUnit: '区政府办公室', tenant: 'bazhou' },
  { username: 'leader', role: 'leader', orgUnit: '区委', tenant: 'bazhou' },
  { username: 'supervisor', role: 'supervisor', orgUnit: '—', tenant: 'bazhou' },
  { username: 'minmeng', role: 'party-member', orgUnit: '民盟', tenant: 'bazhou' },
  { username: 'minmeng-leader', role: 'party-leader', orgUnit: '民盟', tenant: 'bazhou' },
  { username: 'jiusan', role: 'party-member', orgUnit: '九三学社', tenant: 'bazhou' },
  { username: 'fagai', role: 'department', orgUnit: '发改局', tenant: 'bazhou' },
  { username: 'caizheng', role: 'department', orgUnit: '财政局', tenant: 'bazhou' },
  { username: 'enyang-admin', role: 'tenant-admin', orgUnit: '—', tenant: 'enyang' },
  { username: 'enyang-office', role: 'office', orgUnit: '区委办公室', tenant: 'enyang' },
];

/** Pads by display width: CJK characters take two terminal columns. */
const width = (text) => [...text].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1), 0);
const pad = (text, size) => text + ' '.repeat(Math.max(0, size - width(text)));

export const demoLoginTable = (password = process.env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD) => {
  const header = { username: 'username', role: 'role', orgUnit: 'org unit', tenant: 'tenant' };
  const rows = [header, ...DEMO_LOGINS];
  const columns = ['username', 'role', 'orgUnit', 'tenant'];
  const sizes = columns.map((column) => Math.max(...rows.map((row) => width(row[column]))));
  const lines = rows.map((row) => columns.map((column, index) => pad(row[column], sizes[index])).join('  ').trimEnd());
  lines.splice(1, 0, sizes.map((size) => '-'.repeat(size)).join('  '));
  return [...lines, '', `password for every demo login: ${password}`].join('\n');
};
