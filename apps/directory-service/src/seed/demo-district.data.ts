import { DISTRICT_PLACEHOLDER, type OrgUnitKind, type OrgUnitTemplateEntry, type Role } from '@xieshang/contracts';

export interface SeedOrgUnit {
  kind: OrgUnitKind;
  name: string;
  shortName: string;
}

export interface SeedPerson {
  username: string;
  displayName: string;
  tenant: string;
  /** The short name of the person's org unit in their tenant. */
  orgUnit: string | null;
  roles: Role[];
}

export const DEMO_CITY = { code: 'bazhong', name: '巴中市' };
export const DEMO_DISTRICTS = [
  { code: 'bazhou', name: '巴州区' },
  { code: 'enyang', name: '恩阳区' },
];

const DEMOCRATIC_PARTIES = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟'];

/** The org units every district starts with (DOMAIN.md, "Who takes part"). */
export const districtOrgUnits = (district: string): SeedOrgUnit[] => [
  { kind: 'party_committee', name: `中共${district}委员会`, shortName: '区委' },
  { kind: 'party_office', name: `中共${district}委办公室`, shortName: '区委办公室' },
  { kind: 'ufwd', name: `中共${district}委统战部`, shortName: '区委统战部' },
  { kind: 'gov_office', name: `${district}人民政府办公室`, shortName: '区政府办公室' },
  ...DEMOCRATIC_PARTIES.map((party) => ({ kind: 'democratic_party' as const, name: `${party}${district}总支委员会`, shortName: party })),
  { kind: 'non_party', name: `${district}无党派人士`, shortName: '无党派人士' },
  { kind: 'federation', name: `${district}工商业联合会`, shortName: '工商联' },
  { kind: 'department', name: `${district}发展和改革局`, shortName: '发改局' },
  { kind: 'department', name: `${district}经济和信息化局`, shortName: '经信局' },
  { kind: 'department', name: `${district}财政局`, shortName: '财政局' },
  { kind: 'department', name: `${district}统计局`, shortName: '统计局' },
  { kind: 'department', name: `${district}人民法院`, shortName: '区法院' },
  { kind: 'department', name: `${district}人民检察院`, shortName: '区检察院' },
];

/** The units of DOMAIN.md with the district's name left open: what a new city hands its districts. */
export const STANDARD_DISTRICT_TEMPLATE: OrgUnitTemplateEntry[] = districtOrgUnits(DISTRICT_PLACEHOLDER).map((unit) => ({
  kind: unit.kind,
  namePattern: unit.name,
  shortName: unit.shortName,
}));

/** 巴中市's template for its districts: the standard units. */
export const DEMO_CITY_TEMPLATE = STANDARD_DISTRICT_TEMPLATE;

export const CITY_ORG_UNITS: SeedOrgUnit[] = [{ kind: 'ufwd', name: '中共巴中市委统战部', shortName: '市委统战部' }];

/** One demo person for every role (README, "Demo logins"). */
export const DEMO_PEOPLE: SeedPerson[] = [
  { username: 'platform-admin', displayName: '平台管理员', tenant: 'bazhong', orgUnit: null, roles: ['platform-admin'] },
  { username: 'city', displayName: '周市观', tenant: 'bazhong', orgUnit: '市委统战部', roles: ['city-observer'] },
  { username: 'bazhou-admin', displayName: '巴州区管理员', tenant: 'bazhou', orgUnit: '区委办公室', roles: ['tenant-admin'] },
  { username: 'office', displayName: '李文静', tenant: 'bazhou', orgUnit: '区委办公室', roles: ['office'] },
  { username: 'ufwd', displayName: '王统一', tenant: 'bazhou', orgUnit: '区委统战部', roles: ['ufwd'] },
  { username: 'gov-office', displayName: '赵政务', tenant: 'bazhou', orgUnit: '区政府办公室', roles: ['gov-office'] },
  { username: 'leader', displayName: '陈书记', tenant: 'bazhou', orgUnit: '区委', roles: ['leader'] },
  { username: 'supervisor', displayName: '孙督查', tenant: 'bazhou', orgUnit: '区委办公室', roles: ['supervisor'] },
  { username: 'minmeng', displayName: '刘明理', tenant: 'bazhou', orgUnit: '民盟', roles: ['party-member'] },
  { username: 'minmeng-leader', displayName: '何主委', tenant: 'bazhou', orgUnit: '民盟', roles: ['party-member', 'party-leader'] },
  { username: 'jiusan', displayName: '吴科研', tenant: 'bazhou', orgUnit: '九三学社', roles: ['party-member'] },
  { username: 'fagai', displayName: '郑发展', tenant: 'bazhou', orgUnit: '发改局', roles: ['department'] },
  { username: 'caizheng', displayName: '钱财政', tenant: 'bazhou', orgUnit: '财政局', roles: ['department'] },
  { username: 'enyang-admin', displayName: '恩阳区管理员', tenant: 'enyang', orgUnit: '区委办公室', roles: ['tenant-admin'] },
  { username: 'enyang-office', displayName: '杨办公', tenant: 'enyang', orgUnit: '区委办公室', roles: ['office'] },
];
