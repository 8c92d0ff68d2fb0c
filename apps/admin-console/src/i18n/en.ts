import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { resourcesEn } from './resources.en.js';

/** English: react-admin's own messages plus ours under `xs`. */
export const en: TranslationMessages = {
  ...englishMessages,
  resources: resourcesEn,
  xs: {
    a11y: {
      user_menu_of: '%{name} (user menu)',
      actions: 'Actions',
    },
    app: {
      title: 'xieshang consultation platform',
    },
    menu: {
      me: 'My account',
    },
    tenant_switch: {
      label: 'Viewing',
      own: 'My own tenant',
    },
    figures: {
      title: 'Districts at a glance',
      org_units: 'Org units',
      people: 'People',
      active: 'active',
      enabled: 'enabled',
      plan: '%{year} plan: ',
      no_plan: 'not yet drafted',
    },
    me: {
      title: 'My account',
      display_name: 'Name',
      username: 'Login',
      tenant: 'District',
      org_unit: 'Organisation',
      no_org_unit: 'Not assigned to an organisation',
      roles: 'Roles',
      no_roles: 'No roles',
      load_error: 'Your account could not be loaded.',
    },
    roles: {
      'platform-admin': 'Platform administrator',
      'tenant-admin': 'District administrator',
      office: 'Office',
      ufwd: 'United Front Work Department',
      'gov-office': 'Government office',
      'party-member': 'Party member',
      'party-leader': 'Party leader',
      department: 'Handling department',
      leader: 'District leader',
      supervisor: 'Supervisor',
      'city-observer': 'City observer',
    },
    org_unit_kinds: {
      party_committee: 'Party committee',
      party_office: 'Party committee office',
      ufwd: 'United Front Work Department',
      gov_office: 'Government office',
      democratic_party: 'Democratic party',
      non_party: 'Non-party representatives',
      federation: 'Federation of Industry and Commerce',
      department: 'Department',
    },
    errors: {
      unauthenticated: 'Your session has ended. Please sign in again.',
      forbidden: 'You are not allowed to do this.',
      missing_tenant: 'Your account is not attached to a district.',
      invalid_input: 'Some of the entered values are not valid.',
      not_found: 'This record does not exist or was removed.',
      version_conflict: 'Someone else changed this record meanwhile. Reload it and try again.',
      already_exists: 'This record already exists.',
      payload_too_large: 'The request is too large.',
      constraint_violated: 'A value does not fit the records it refers to.',
      idempotency_key_reused: 'This request was already sent with other content.',
      idempotency_in_progress: 'This request is still being processed. Please wait.',
      rate_limited: 'Too many requests. Please wait a moment and try again.',
      unsupported_media_type: 'The request was sent in an encoding the server does not read.',
      upstream_timeout: 'The service took too long to answer. Please try again.',
      service_unavailable: 'The service is unavailable right now. Please try again later.',
      internal: 'An unexpected error occurred on the server.',
      fields: '(%{fields})',
      reference: '[reference %{correlationId}]',
    },
  },
};
