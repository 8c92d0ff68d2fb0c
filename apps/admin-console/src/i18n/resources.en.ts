import { noticesEn } from './notices.en.js';
import { writtenEn } from './written.en.js';
import { meetingsEn } from './meetings.en.js';
import { handlingEn } from './handling.en.js';
import { planningEn } from './planning.en.js';
import { interviewsEn } from './interviews.en.js';

/** Names, fields and actions of each resource (react-admin's `resources.<name>.*`); same keys as resources.zh-CN.ts. */
export const resourcesEn = {
  ...planningEn,
  ...noticesEn,
  ...writtenEn,
  ...meetingsEn,
  ...interviewsEn,
  ...handlingEn,
  tenants: {
    name: 'District |||| Districts',
    fields: {
      code: 'Code',
      name: 'Name',
      kind: 'Kind',
      parentCode: 'City',
      admin: { username: 'Admin login', displayName: 'Admin name', password: 'Admin first password' },
    },
    kinds: { city: 'City', district: 'District' },
    sections: { admin: 'First district administrator' },
    helper: { code: 'Starts with a lowercase letter; lowercase letters, digits and hyphens, e.g. bazhou' },
    validation: { code: 'The code starts with a lowercase letter and holds only lowercase letters, digits and hyphens' },
  },
  'org-units': {
    name: 'Org unit |||| Org units',
    fields: {
      name: 'Full name',
      shortName: 'Short name',
      kind: 'Kind',
      active: 'Active',
      version: 'Version',
      createdAt: 'Created',
      updatedAt: 'Changed',
      q: 'Search',
    },
    state: { active: 'Active', retired: 'Retired', any: 'All' },
    actions: {
      retire: 'Retire',
      retire_confirm: 'Retire this unit? Existing records keep naming it.',
      reactivate: 'Reactivate',
    },
    notifications: { retired: 'The unit was retired', reactivated: 'The unit was reactivated' },
  },
  users: {
    name: 'Person |||| People',
    fields: {
      username: 'Login',
      displayName: 'Name',
      orgUnitId: 'Org unit',
      roles: 'Roles',
      role: 'Role',
      enabled: 'Enabled',
      password: 'Password',
      createdAt: 'Created',
      updatedAt: 'Changed',
      q: 'Search',
    },
    state: { enabled: 'Enabled', disabled: 'Disabled', any: 'All' },
    actions: {
      disable: 'Disable',
      disable_confirm: 'Disable this account? The person can no longer sign in.',
      enable: 'Enable',
      set_password: 'Set password',
    },
    notifications: { disabled: 'The account was disabled', enabled: 'The account was enabled', password_set: 'The password was changed' },
    validation: { username: 'A login holds only lowercase letters, digits, dots, underscores and hyphens' },
  },
  settings: {
    name: 'Rule settings',
    fields: { key: 'Setting', source: 'Source', value: 'Value' },
    keys: {
      plan: {
        minThematic: 'Thematic consultations a year, at least',
        minResearch: 'Research consultations a year, at least',
        minBriefing: 'Other consultations a year, at least',
      },
      meeting: {
        noticeLeadDays: 'Meeting notice, days before at least',
        documentsLeadDays: 'Meeting documents, days before at least',
      },
      handling: { reportMonths: 'Handling report due, months after assignment' },
      research: { studyToursMin: 'Study tours a year, at least', studyToursMax: 'Study tours a year, at most' },
      tenant: { timeZone: 'Time zone (deadlines and dates are counted in it)' },
    },
    template: 'Notification template "%{name}" (%{language})',
    languages: { 'zh-CN': 'Chinese', en: 'English' },
    sources: { default: 'Default', city: 'From the city', tenant: 'Set here' },
    actions: { use_inherited: 'Use inherited value' },
    notifications: { saved: 'The settings were saved', inherited: 'The inherited value applies again' },
    validation: { whole_number: 'Enter a whole number, 0 or more', unknown_variables: 'The template uses %{unknown}, which no notice fills; use %{known}' },
    preview: 'Preview: %{text}',
  },
  'audit-events': {
    name: 'Audit record |||| Audit trail',
    fields: {
      seq: 'No.',
      tenantId: 'District',
      occurredAt: 'When',
      actorId: 'By',
      correlationId: 'Request reference',
      context: 'Context',
      entity: 'Record type',
      entityId: 'Record',
      action: 'Action',
      change: 'Change',
      field: 'Field',
      before: 'Before',
      after: 'After',
      hash: 'Hash',
      previousHash: 'Previous hash',
      from: 'From',
      to: 'To',
      q: 'Search',
    },
    verify: {
      action: 'Verify chain',
      valid: 'The audit chain is intact: %{checked} records checked, last no. %{lastSeq}.',
      broken: 'The audit chain was tampered with: %{checked} records checked, record no. %{seq} is broken (%{reason}).',
      failed: 'The audit chain could not be verified.',
      reasons: {
        'hash-mismatch': 'its content does not match its hash',
        'previous-hash-mismatch': 'its link to the previous record does not match',
        'seq-gap': 'records are missing before it',
      },
    },
  },
};
