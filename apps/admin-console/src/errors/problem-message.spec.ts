import polyglotI18nProvider from 'ra-i18n-polyglot';
import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-CN.js';
import { isProblem } from './problem.js';
import { problemMessage } from './problem-message.js';
import { toReadableError } from './readable-error.js';

const translatorFor = (locale: 'zh-CN' | 'en') =>
  polyglotI18nProvider((wanted) => (wanted === 'en' ? en : zhCN), locale).translate;

const zh = translatorFor('zh-CN');
const english = translatorFor('en');

describe('problemMessage', () => {
  it('explains a known code in the current language instead of the server detail', () => {
    const problem = { status: 403, code: 'AUTH.FORBIDDEN', detail: 'role office may not approve plans' };
    expect(problemMessage(problem, zh)).toBe('您无权执行此操作。');
    expect(problemMessage(problem, english)).toBe('You are not allowed to do this.');
  });

  it('shows the server detail for a code the console does not know', () => {
    const problem = { status: 409, code: 'PLANNING.TOO_FEW_TOPICS', detail: '年度计划至少需要 3 项专题协商' };
    expect(problemMessage(problem, zh)).toBe('年度计划至少需要 3 项专题协商');
  });

  it('falls back to the title, then to the generic message, when there is no detail', () => {
    expect(problemMessage({ title: 'Bad Gateway' }, english)).toBe('Bad Gateway');
    expect(problemMessage({ code: 'X.UNKNOWN' }, zh)).toBe('与服务器通信出错');
  });

  it('lists the refused fields with their paths', () => {
    const problem = {
      code: 'VALIDATION.INVALID_INPUT',
      errors: [
        { path: 'items.0.topic', message: 'Required' },
        { path: 'year', message: 'Too small' },
      ],
    };
    expect(problemMessage(problem, english)).toBe(
      'Some of the entered values are not valid. (items.0.topic: Required; year: Too small)',
    );
  });

  it('ends with the correlation id so that the user can quote it', () => {
    const problem = { code: 'COMMON.INTERNAL', correlationId: 'c0ffee' };
    expect(problemMessage(problem, zh)).toBe('服务器发生意外错误。 ［编号 c0ffee］');
  });
});

describe('isProblem', () => {
  it('accepts a problem+json body and refuses bodies with nothing to tell the user', () => {
    expect(isProblem({ status: 404, code: 'COMMON.NOT_FOUND' })).toBe(true);
    expect(isProblem({ status: 500 })).toBe(false);
    expect(isProblem('Bad Gateway')).toBe(false);
    expect(isProblem({ detail: 'x', errors: [{ path: 1 }] })).toBe(false);
  });
});

describe('toReadableError', () => {
  it('rewrites an HTTP error with a problem body and keeps its status and body', () => {
    const body = { status: 404, code: 'COMMON.NOT_FOUND', detail: 'plan 7 not found' };
    const readable = toReadableError(new HttpError('Not Found', 404, body), english);
    expect(readable).toBeInstanceOf(HttpError);
    expect(readable).toMatchObject({ message: 'This record does not exist or was removed.', status: 404, body });
  });

  it('gives a generic message in the current language when the body is not a problem', () => {
    const readable = toReadableError(new HttpError('Bad Gateway', 502, null), zh);
    expect(readable).toMatchObject({ message: '与服务器通信出错', status: 502 });
  });

  it('passes errors that are not HTTP errors through unchanged', () => {
    const failure = new TypeError('Failed to fetch');
    expect(toReadableError(failure, zh)).toBe(failure);
  });
});
