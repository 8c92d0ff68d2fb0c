import { useQuery } from '@tanstack/react-query';
import { required, SelectInput, useDataProvider } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { TENANTS_QUERY_KEY } from './tenant.js';

/** The city a new district belongs to, among the cities the platform holds. */
export const CityInput = () => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { data: tenants = [], isPending } = useQuery({ queryKey: TENANTS_QUERY_KEY, queryFn: () => dataProvider.getTenants() });
  const cities = tenants.filter((tenant) => tenant.kind === 'city').map((city) => ({ id: city.code, name: city.name }));
  return (
    <SelectInput
      source="parentCode"
      choices={cities}
      isPending={isPending}
      validate={required()}
      translateChoice={false}
      defaultValue={cities.length === 1 ? cities[0]!.id : undefined}
    />
  );
};
