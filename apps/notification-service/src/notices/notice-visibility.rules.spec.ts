import { hasInbox, maySeeNotice, noticeReaderOf } from './notice-visibility.rules.js';

const own = '0b5c3d0e-1111-4a4a-8a8a-000000000001';
const other = '0b5c3d0e-1111-4a4a-8a8a-000000000002';
const me = '0b5c3d0e-1111-4a4a-8a8a-000000000003';
const colleague = '0b5c3d0e-1111-4a4a-8a8a-000000000004';

describe('maySeeNotice', () => {
  const reader = noticeReaderOf({ personId: me, orgUnitId: own });

  it('admits the reader’s own notices and no one else’s, whatever the unit', () => {
    expect(maySeeNotice(reader, { recipientPersonId: me, recipientOrgUnitId: own })).toBe(true);
    expect(maySeeNotice(reader, { recipientPersonId: colleague, recipientOrgUnitId: own })).toBe(false);
  });

  it('admits a notice of the time before notices were personal to each member of its unit', () => {
    expect(maySeeNotice(reader, { recipientPersonId: null, recipientOrgUnitId: own })).toBe(true);
    expect(maySeeNotice(reader, { recipientPersonId: null, recipientOrgUnitId: other })).toBe(false);
  });

  it('gives a caller who is no person no inbox', () => {
    const service = noticeReaderOf({ personId: null, orgUnitId: null });
    expect(hasInbox(service)).toBe(false);
    expect(maySeeNotice(service, { recipientPersonId: null, recipientOrgUnitId: null })).toBe(false);
  });
});
