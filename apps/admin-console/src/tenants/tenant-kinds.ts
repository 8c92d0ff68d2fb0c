export const tenantKindChoices = [
  { id: 'city', name: 'resources.tenants.kinds.city' },
  { id: 'district', name: 'resources.tenants.kinds.district' },
];
