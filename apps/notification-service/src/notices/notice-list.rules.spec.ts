import { AppException } from '@xieshang/platform-errors';
import { noticeConditions, noticePage } from './notice-list.rules.js';

/** The code and field of the refusal `run` throws. */
const fieldsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppException) return (error.details?.fields ?? []).map((field) => `${error.code} ${field.path}`);
    throw error;
  }
  return [];
};

const unit = '0b5c3d0e-1111-4a4a-8a8a-000000000001';

const me = '0b5c3d0e-1111-4a4a-8a8a-000000000009';

describe('noticeConditions', () => {
  const inbox = '(n.recipient_person_id = $1::uuid or (n.recipient_person_id is null and n.recipient_org_unit_id = $2))';

  it('keeps the reader to their own inbox, the person always being $1', () => {
    expect(noticeConditions({ personId: me, orgUnitId: unit }, {})).toEqual({ where: inbox, params: [me, unit] });
    expect(noticeConditions({ personId: me, orgUnitId: null }, {})).toEqual({ where: 'n.recipient_person_id = $1::uuid', params: [me] });
  });

  it('adds kind and unread to the inbox', () => {
    const { where, params } = noticeConditions({ personId: me, orgUnitId: null }, { kind: 'plan.published', unread: true });
    expect(where).toBe('n.recipient_person_id = $1::uuid and n.kind = $2 and r.read_at is null');
    expect(params).toEqual([me, 'plan.published']);
    expect(noticeConditions({ personId: me, orgUnitId: null }, { unread: false }).where).toContain('r.read_at is not null');
  });

  it('finds the notices of one plan through their reference', () => {
    expect(noticeConditions({ personId: me, orgUnitId: null }, { planId: unit })).toEqual({
      where: "n.recipient_person_id = $1::uuid and n.reference ->> 'planId' = $2",
      params: [me, unit],
    });
  });

  it('finds nothing for an empty id list rather than everything', () => {
    expect(noticeConditions({ personId: me, orgUnitId: null }, { id: [] }).where).toContain('false');
  });
});

describe('noticePage', () => {
  it('lists newest first by default', () => {
    expect(noticePage([0, 24], undefined)).toEqual({ orderBy: 'n.created_at desc, n.id asc', limit: 25, offset: 0 });
  });

  it('names the bad sort field or range', () => {
    expect(fieldsOf(() => noticePage([0, 9], ['body_zh; drop table x', 'ASC']))).toEqual(['VALIDATION.INVALID_INPUT sort']);
    expect(fieldsOf(() => noticePage([0, 9999], undefined))).toEqual(['VALIDATION.INVALID_INPUT range']);
  });
});
