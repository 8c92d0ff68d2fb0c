import { z } from 'zod';
import { AppException } from './app-exception.js';
import { parseInput } from './validate.js';

describe('parseInput', () => {
  const schema = z.strictObject({ title: z.string(), admin: z.strictObject({ name: z.string() }) });

  it('names each unknown field by its own path', () => {
    try {
      parseInput(schema, { title: 't', colour: 'red', admin: { name: 'a', role: 'x' } });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(AppException);
      expect((error as AppException).details?.fields?.map((field) => field.path).sort()).toEqual(['admin.role', 'colour']);
    }
  });
});
