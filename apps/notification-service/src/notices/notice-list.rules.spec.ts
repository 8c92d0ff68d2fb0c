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

describe('noticeConditions', () => {
  it('keeps a unit-bound caller to their unit, the person always being $1', () => {
    expect(noticeConditions({ orgUnitId: unit }, {}, 'person-1')).toEqual({ where: 'n.recipient_org_unit_id = $2', params: ['person-1', unit] });
  });

  it('adds kind and unread to the caller’s scope', () => {
    const { where, params } = noticeConditions('all', { kind: 'plan.published', unread: true }, 'p');
    expect(where).toBe('n.kind = $2 and r.read_at is null');
    expect(params).toEqual(['p', 'plan.published']);
    expect(noticeConditions('all', { unread: false }, 'p').where).toBe('r.read_at is not null');
  });

  it('finds the notices of one plan through their reference', () => {
    expect(noticeConditions('all', { planId: unit }, 'p')).toEqual({ where: "n.reference ->> 'planId' = $2", params: ['p', unit] });
  });

  it('finds nothing for an empty id list rather than everything', () => {
    expect(noticeConditions('all', { id: [] }, 'p').where).toBe('false');
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
