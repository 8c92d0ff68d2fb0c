import type { OrgUnitTemplateEntry } from '@xieshang/contracts';
import { adminOrgUnitIndex, duplicateTemplateFields, renderTemplate } from './org-unit-template.rules.js';

const template: OrgUnitTemplateEntry[] = [
  { kind: 'party_committee', namePattern: '中共{district}委员会', shortName: '区委' },
  { kind: 'party_office', namePattern: '中共{district}委办公室', shortName: '区委办公室' },
  { kind: 'democratic_party', namePattern: '民盟{district}总支委员会', shortName: '民盟' },
];

describe('the org-unit template', () => {
  it("puts the district's name into every pattern and keeps kind and short name", () => {
    expect(renderTemplate(template, '通江县')).toEqual([
      { kind: 'party_committee', name: '中共通江县委员会', shortName: '区委' },
      { kind: 'party_office', name: '中共通江县委办公室', shortName: '区委办公室' },
      { kind: 'democratic_party', name: '民盟通江县总支委员会', shortName: '民盟' },
    ]);
  });

  it('replaces every placeholder of a pattern, not just the first', () => {
    expect(renderTemplate([{ kind: 'department', namePattern: '{district}·{district}', shortName: 'x' }], '南江县')[0]?.name).toBe('南江县·南江县');
  });

  it('names an entry whose pattern or short name repeats an earlier one', () => {
    const errors = duplicateTemplateFields([...template, { kind: 'department', namePattern: '中共{district}委员会', shortName: '民盟' }]);
    expect(errors.map((error) => error.path)).toEqual(['units.3.namePattern', 'units.3.shortName']);
    expect(duplicateTemplateFields(template)).toEqual([]);
  });

  it("seats the first administrator in the party office, or nowhere when the template has none", () => {
    expect(adminOrgUnitIndex(renderTemplate(template, '巴州区'))).toBe(1);
    expect(adminOrgUnitIndex(renderTemplate(template.slice(2), '巴州区'))).toBeNull();
  });
});
