import fc from 'fast-check';
import { type JsonSchema, type Operation, plausibleValue, presentSchema, typeOf } from './openapi-operations.js';

/** A request as sent: path with its query, raw body text, and why it is malformed. */
export interface MalformedRequest {
  operation: Operation;
  url: string;
  body?: string;
  contentType?: string;
  tenantHeader?: string;
  defect: string;
}

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'x\ud800y';
const HUGE_INTS = [2147483648, -2147483649, 1e308, 9007199254740993, 2 ** 53];

const deepArray = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));
/** Deep nesting as text, so that building it never recurses. */
const deepText = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

const badText = fc.constantFrom(NUL, LONE_SURROGATE, '\u0000', `${'议'.repeat(10)}\udfff`);
const wrongTypeFor = (type: string | undefined): fc.Arbitrary<unknown> => {
  const all: unknown[] = ['text', 17, -1.5, true, [], {}, [1, 'two'], { nested: { deeper: 1 } }];
  const keep = all.filter((value) => {
    if (type === 'string') return typeof value !== 'string';
    if (type === 'integer' || type === 'number') return typeof value !== 'number';
    if (type === 'boolean') return typeof value !== 'boolean';
    if (type === 'array') return !Array.isArray(value);
    if (type === 'object') return typeof value !== 'object' || Array.isArray(value);
    return true;
  });
  return fc.constantFrom(...keep);
};

const unknownKey = (known: string[]): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom('actor', 'tenantId', 'isAdmin', 'priority', 'createdAt', 'reader', 'constructor'), fc.string({ minLength: 1, maxLength: 12 })).filter((key) => !known.includes(key) && key !== '__proto__');

/** A JSON body that breaks the schema in at least one way, as text (a depth of thousands is built as text). */
export const malformedBody = (schema: JsonSchema | undefined): fc.Arbitrary<{ text: string; defect: string; contentType?: string }> => {
  const object = presentSchema(schema ?? { type: 'object', properties: {} });
  const properties = object.properties ?? {};
  const names = Object.keys(properties);
  const base = (): Record<string, unknown> => plausibleValue(object) as Record<string, unknown>;
  const withField = (name: string, value: unknown) => JSON.stringify({ ...base(), [name]: value });
  const strings = names.filter((name) => typeOf(properties[name] ?? {}) === 'string');
  const integers = names.filter((name) => ['integer', 'number'].includes(typeOf(properties[name] ?? {}) ?? ''));

  const defects: fc.Arbitrary<{ text: string; defect: string; contentType?: string }>[] = [
    fc.tuple(unknownKey(names), fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => ({ text: withField(key, value), defect: `unknown field ${JSON.stringify(key)}` })),
    fc.tuple(badText, unknownKey(names)).map(([text, key]) => ({ text: JSON.stringify({ ...base(), [text]: 1, [key]: text }), defect: 'NUL or lone surrogate in a key' })),
    fc.integer({ min: 33, max: 5000 }).map((depth) => ({ text: `{"deep":${deepText(depth)}}`, defect: `nested ${depth} deep` })),
    fc.constantFrom('[]', '"text"', '42', 'null', '{"a":', '{"a":1} trailing', '\u0000', `[${JSON.stringify(deepArray(3))}]`).map((text) => ({ text, defect: `not an object: ${text.slice(0, 20)}` })),
    fc.constant({ text: 'title=x', defect: 'form-encoded body', contentType: 'application/x-www-form-urlencoded' }),
  ];
  if (names.length > 0) {
    defects.push(
      fc.constantFrom(...names).chain((name) => wrongTypeFor(typeOf(properties[name] ?? {})).map((value) => ({ text: withField(name, value), defect: `wrong type at ${name}` }))),
      fc.tuple(fc.constantFrom(...names), fc.integer({ min: 33, max: 2000 })).map(([name, depth]) => ({
        text: JSON.stringify({ ...base(), [name]: 0 }).replace(new RegExp(`"${name}":0`), `"${name}":${deepText(depth)}`),
        defect: `${name} nested ${depth} deep`,
      })),
    );
  }
  if (strings.length > 0) {
    defects.push(fc.tuple(fc.constantFrom(...strings), badText).map(([name, text]) => ({ text: withField(name, text), defect: `NUL or lone surrogate in ${name}` })));
  }
  if (integers.length > 0) {
    defects.push(fc.tuple(fc.constantFrom(...integers), fc.constantFrom(...HUGE_INTS)).map(([name, value]) => ({ text: withField(name, value), defect: `huge integer at ${name}` })));
  }
  return fc.oneof(...defects);
};

const badId = fc.oneof(
  fc.uuid().map((id) => ({ value: id, defect: 'an id of nothing' })),
  fc.constantFrom('not-a-uuid', '0', '%00', '%ED%A0%80', 'x'.repeat(300), '..%2F..%2Fetc', '2147483648', '00000000-0000-0000-0000-00000000000g', '%27%20or%201%3D1').map((value) => ({ value, defect: `bad id ${value.slice(0, 20)}` })),
);
const badNumber = fc.constantFrom('2147483648', '-1', '0', '1e3', 'x', '99999999999999999999', '1.5').map((value) => ({ value, defect: `bad number ${value}` }));
const badKey = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('%00', '%ED%A0%80', 'plan.minThematic%00')).map((value) => ({ value: encodeURIComponent(value).replace(/%25/g, '%'), defect: 'bad key' }));

const paramFor = (name: string) => (name === 'id' ? badId : name === 'number' ? badNumber : badKey);

const jsonParam = (value: unknown): string => encodeURIComponent(JSON.stringify(value));
const badFilter = fc.oneof(
  fc.tuple(unknownKey(['q', 'id']), fc.jsonValue({ maxDepth: 1 })).map(([key, value]) => `filter=${jsonParam({ [key]: value })}`),
  fc.constantFrom(
    `filter=${jsonParam({ q: NUL })}`,
    `filter=${jsonParam({ q: LONE_SURROGATE })}`,
    `filter=${jsonParam({ q: 5 })}`,
    `filter=${jsonParam({ year: 2147483648 })}`,
    `filter=${jsonParam({ year: 'two thousand' })}`,
    `filter=${jsonParam({ from: '0000-01-01' })}`,
    `filter=${jsonParam({ from: '2027-02-30', to: 'yesterday' })}`,
    `filter=${jsonParam({ id: ['not-a-uuid'] })}`,
    `filter=${jsonParam({ id: Array.from({ length: 501 }, () => 'a') })}`,
    `filter=${jsonParam([1, 2])}`,
    'filter=%7B',
    'filter=null',
    'filter=a&filter=b',
  ),
  fc.integer({ min: 33, max: 1500 }).map((depth) => `filter=${encodeURIComponent(`{"q":${deepText(depth)}}`)}`),
);
const badRange = fc.constantFrom('[-1,5]', '[5,1]', '[0,99999999999]', '[0,2147483648]', '"x"', '[0]', '[0.5,2]', '{}').map((value) => `range=${encodeURIComponent(value)}`);
const badSort = fc.constantFrom('[1,2]', '["name","SIDEWAYS"]', `["${'a'.repeat(100)}","ASC"]`, '["na\\u0000me","ASC"]', '["createdAt; drop table x","DESC"]', '"createdAt"').map((value) => `sort=${encodeURIComponent(value)}`);

const badQuery = (operation: Operation): fc.Arbitrary<{ query: string; defect: string }> => {
  if (operation.queryParams.includes('filter')) {
    return fc.oneof(badFilter, badRange, badSort).map((query) => ({ query, defect: `list parameter ${decodeURIComponent(query).slice(0, 40)}` }));
  }
  return fc.constantFrom('city=%00', 'city=UPPER', 'city=x%ED%A0%80', 'unknown=1', 'filter=%7B').map((query) => ({ query, defect: `query ${query}` }));
};

const badTenantHeader = fc.option(fc.constantFrom('nope', 'UPPER', 'x'.repeat(80), 'enyang', 'bazhou', 'a b'), { nil: undefined, freq: 4 });

/**
 * A malformed request for one operation: a bad path parameter, a bad query or a bad body (at
 * least one of them), sometimes with an `X-Tenant` a city user might send.
 */
export const malformedRequest = (operation: Operation): fc.Arbitrary<MalformedRequest> => {
  const params = fc.tuple(...operation.pathParams.map(paramFor));
  const bodyOrQuery = operation.isWrite
    ? malformedBody(operation.body).map((body) => ({ body: body.text, contentType: body.contentType, query: '', defect: body.defect }))
    : badQuery(operation).map(({ query, defect }) => ({ body: undefined, contentType: undefined, query, defect }));
  return fc.tuple(params, bodyOrQuery, badTenantHeader).map(([values, request, tenantHeader]) => {
    let path = operation.path;
    operation.pathParams.forEach((name, index) => {
      path = path.replace(`{${name}}`, (values[index] as { value: string }).value);
    });
    const paramDefects = values.map((value) => (value as { defect: string }).defect);
    return {
      operation,
      url: request.query ? `${path}?${request.query}` : path,
      ...(request.body !== undefined ? { body: request.body } : {}),
      ...(request.contentType ? { contentType: request.contentType } : {}),
      ...(tenantHeader ? { tenantHeader } : {}),
      defect: [...paramDefects, request.defect].join('; '),
    };
  });
};
