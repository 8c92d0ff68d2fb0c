import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { CommonErrorCode } from '@xieshang/contracts';
import { routeAnswers, route } from './nats-routes.js';

@Injectable()
class GreetingHandler {
  readonly seen: unknown[] = [];

  greet(input: { name: string; times: number }): string {
    this.seen.push(input);
    return `${input.name} x${input.times}`;
  }

  count(): number {
    return this.seen.length;
  }
}

const greetSchema = z.object({ name: z.string().min(1), times: z.number().int().default(1) });

describe('routes as a table', () => {
  const handler = new GreetingHandler();
  const answers = routeAnswers([route('test.greeting.greet', greetSchema, GreetingHandler, 'greet'), route('test.greeting.count', null, GreetingHandler, 'count')], () => handler);
  const answer = (subject: string, payload: unknown) => answers.get(subject)?.(payload);

  it('answers each subject of the table', () => {
    expect([...answers.keys()]).toEqual(['test.greeting.greet', 'test.greeting.count']);
  });

  it('hands the handler its input parsed, defaults filled', () => {
    expect(answer('test.greeting.greet', { name: '王芳' })).toBe('王芳 x1');
    expect(handler.seen.at(-1)).toEqual({ name: '王芳', times: 1 });
    expect(answer('test.greeting.count', null)).toBe(1);
  });

  it('refuses input that breaks the schema before the handler runs, naming the field', () => {
    const before = handler.seen.length;
    expect(() => answer('test.greeting.greet', { name: '' })).toThrow(expect.objectContaining({ code: CommonErrorCode.InvalidInput, details: { fields: [expect.objectContaining({ path: 'name' })] } }));
    expect(handler.seen).toHaveLength(before);
  });

  it('refuses a table that names a subject twice', () => {
    expect(() => routeAnswers([route('test.greeting.count', null, GreetingHandler, 'count'), route('test.greeting.count', null, GreetingHandler, 'count')], () => handler)).toThrow(
      /twice/,
    );
  });
});
