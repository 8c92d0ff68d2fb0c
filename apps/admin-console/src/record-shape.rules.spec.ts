import { describe, expect, it } from 'vitest';
import { updatePayload, withRecordId } from './record-shape.rules.js';

describe('updatePayload', () => {
  const person = {
    id: 'p1',
    tenantId: 'bazhou',
    username: 'li',
    displayName: '李四',
    orgUnitId: 'o1',
    roles: ['office'],
    enabled: true,
    version: 3,
    createdAt: '2026-01-01',
  };

  it('sends only the editable fields of a person, with the version read', () => {
    expect(updatePayload('users', person)).toEqual({ displayName: '李四', orgUnitId: 'o1', roles: ['office'], version: 3 });
  });

  it('sends name, short name and version of an org unit', () => {
    const unit = { id: 'o1', kind: 'department', name: '财政局', shortName: '财政', active: true, version: 1 };
    expect(updatePayload('org-units', unit)).toEqual({ name: '财政局', shortName: '财政', version: 1 });
  });

  it('sends topic, reason and version of a party suggestion, not its status or decision', () => {
    const suggestion = { id: 's1', planId: 'p1', topic: '议题', reason: '理由', status: 'draft', declineReason: null, version: 2 };
    expect(updatePayload('plan-suggestions', suggestion)).toEqual({ topic: '议题', reason: '理由', version: 2 });
  });

  it('leaves other resources as they are', () => {
    expect(updatePayload('meetings', { id: 1, title: 'x' })).toEqual({ id: 1, title: 'x' });
  });
});

describe('withRecordId', () => {
  it('uses the code of a tenant and the key of a setting as id when the API sends none', () => {
    expect(withRecordId('tenants', { code: 'bazhou', name: '巴州区' })).toMatchObject({ id: 'bazhou' });
    expect(withRecordId('settings', { key: 'plan.minThematic', value: 3 })).toMatchObject({ id: 'plan.minThematic' });
  });

  it('keeps an id the API sent', () => {
    expect(withRecordId('tenants', { id: 't-1', code: 'bazhou' }).id).toBe('t-1');
  });
});
