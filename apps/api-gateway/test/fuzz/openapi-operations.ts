import { randomUUID } from 'node:crypto';

/** The part of JSON Schema the contracts' bodies use. */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** One route of the gateway as its OpenAPI document describes it. */
export interface Operation {
  method: string;
  /** `/api/v1/plans/{id}/revisions/{number}` */
  path: string;
  pathParams: string[];
  queryParams: string[];
  body?: JsonSchema;
  isWrite: boolean;
}

interface RawOperation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** Every operation under `/api/v1`, where callers sign in; the probes and docs are not the API. */
export const operationsOf = (document: { paths: Record<string, Record<string, RawOperation>> }): Operation[] =>
  Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/api/v1/'))
    .flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({
          method: method.toUpperCase(),
          path,
          pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string),
          queryParams: (operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name),
          body: operation.requestBody?.content?.['application/json']?.schema,
          isWrite: method !== 'get',
        })),
    );

/** The schema a value takes when it is present: the non-null branch of a nullable union. */
export const presentSchema = (schema: JsonSchema): JsonSchema => {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return presentSchema(branches.find((branch) => branch.type !== 'null') ?? {});
  if (schema.allOf?.length) return presentSchema({ ...schema, allOf: undefined, ...schema.allOf[0] });
  return schema;
};

export const typeOf = (schema: JsonSchema): string | undefined => {
  const present = presentSchema(schema);
  if (Array.isArray(present.type)) return present.type.find((type) => type !== 'null');
  if (present.type) return present.type;
  if (present.enum) return typeof present.enum[0];
  if (present.properties) return 'object';
  return undefined;
};

/** A plausible value of a schema: the base a defect is then put into. */
export const plausibleValue = (schema: JsonSchema): unknown => {
  const present = presentSchema(schema);
  if (present.const !== undefined) return present.const;
  if (present.enum) return present.enum[0];
  switch (typeOf(present)) {
    case 'string':
      if (present.format === 'uuid') return randomUUID();
      if (present.format === 'date') return '2027-03-15';
      if (present.format === 'date-time') return '2027-03-15T09:30:00+08:00';
      return 'ab';
    case 'integer':
    case 'number':
      return present.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return present.prefixItems ? present.prefixItems.map(plausibleValue) : [];
    case 'object':
      return Object.fromEntries((present.required ?? []).map((key) => [key, plausibleValue(present.properties?.[key] ?? {})]));
    default:
      return 'ab';
  }
};
