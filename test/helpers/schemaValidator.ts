/**
 * Validates JSON bodies against a vendor's published response contract, kept in the project as data
 * ({@link OpenApiContract}: OpenAPI 3.0 schema objects by name, plus which schema each operation answers
 * with per status). Generic over vendors: Datadog's OpenAPI components and Fastly's client models are
 * both written in this form.
 *
 * OpenAPI 3.0 is not JSON Schema; the helper translates what differs before handing the schemas to Ajv:
 * - `nullable: true` admits `null` besides what the schema says (wrapped as `anyOf [schema, null]`, so
 *   it also works beside `$ref` and `enum`);
 * - `$ref: '#/components/schemas/<Name>'` points at the contract's schema of that name;
 * - the OpenAPI number formats `int32`, `int64`, `float`, `double` are checked (integers in range;
 *   any finite number), and `date-time`, `date` are RFC 3339 (ajv-formats);
 * - annotations without a JSON Schema meaning (`description`, `example`, `deprecated`, `readOnly`,
 *   `writeOnly`, `x-*`...) are dropped.
 *
 * With `closed` (the default), an object schema that lists `properties` and says nothing about
 * `additionalProperties` rejects properties it does not list: OpenAPI leaves such objects open, but a
 * simulator inventing a field (or misspelling one) is exactly what these tests are for.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** An OpenAPI 3.0 schema object (the subset the contracts use), as data. */
export interface OpenApiSchema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  format?: string;
  enum?: readonly (string | number | boolean | null)[];
  nullable?: boolean;
  $ref?: string;
  items?: OpenApiSchema;
  properties?: Readonly<Record<string, OpenApiSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean | OpenApiSchema;
  oneOf?: readonly OpenApiSchema[];
  anyOf?: readonly OpenApiSchema[];
  allOf?: readonly OpenApiSchema[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

/** One operation of a contract: where it lives and the schema name it answers with, per HTTP status. */
export interface ContractOperation {
  method: string;
  path: string;
  /** HTTP status ('200', '400'...) -> a key of {@link OpenApiContract.schemas}. */
  responses: Readonly<Record<string, string>>;
}

/** A vendor's response contract: operations by operationId, and the named schemas they use. */
export interface OpenApiContract {
  operations: Readonly<Record<string, ContractOperation>>;
  schemas: Readonly<Record<string, OpenApiSchema>>;
}

export interface SchemaValidatorOptions {
  /** Reject properties an object schema does not list (unless it says `additionalProperties`); default true. */
  closed?: boolean;
}

/** Validates bodies against a contract's named schemas. */
export interface SchemaValidator {
  /** The violations of `body` against schema `name` (one line each, with the JSON pointer); empty when it validates. */
  errors(name: string, body: unknown): string[];
  /** Throws, listing every violation, unless `body` validates against schema `name`; `label` says which answer it was. */
  assertValid(name: string, body: unknown, label: string): void;
  /** The schema name `operationId` answers `status` with; throws when the contract documents no such answer. */
  responseSchema(operationId: string, status: number): string;
}

const REF_PREFIX = '#/components/schemas/';
const ROOT_ID = 'contract';

/** OpenAPI keywords that are annotations (or unsupported here) and carry no constraint. */
const DROPPED = new Set([
  'description',
  'example',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'default',
  'title',
]);

const INT32 = 2 ** 31;

/** Translates one OpenAPI schema object into JSON Schema (draft-07, as Ajv reads it). */
function toJsonSchema(schema: OpenApiSchema, closed: boolean, where: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema) as [string, unknown][]) {
    if (DROPPED.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    if (key === '$ref') {
      const ref = value as string;
      if (!ref.startsWith(REF_PREFIX)) {
        throw new Error(`${where}: expected a $ref to '${REF_PREFIX}<Name>', got '${ref}'`);
      }
      out.$ref = `${ROOT_ID}#/definitions/${ref.slice(REF_PREFIX.length)}`;
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, OpenApiSchema>).map(([name, s]) => [
          name,
          toJsonSchema(s, closed, `${where}.${name}`),
        ]),
      );
    } else if (key === 'items') {
      out.items = toJsonSchema(value as OpenApiSchema, closed, `${where}[]`);
    } else if (key === 'additionalProperties') {
      out.additionalProperties =
        typeof value === 'boolean' ? value : toJsonSchema(value as OpenApiSchema, closed, `${where}{}`);
    } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
      out[key] = (value as OpenApiSchema[]).map((s, i) => toJsonSchema(s, closed, `${where}.${key}[${i}]`));
    } else {
      out[key] = value;
    }
  }
  const composed = schema.allOf !== undefined || schema.oneOf !== undefined || schema.anyOf !== undefined;
  if (closed && schema.properties !== undefined && schema.additionalProperties === undefined && !composed) {
    out.additionalProperties = false;
  }
  return schema.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

/** Builds a validator for `contract`; every schema is compiled up front, so a broken contract fails here. */
export function createSchemaValidator(
  contract: OpenApiContract,
  options: SchemaValidatorOptions = {},
): SchemaValidator {
  const closed = options.closed ?? true;
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats.default(ajv, ['date-time', 'date']);
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= -INT32 && n < INT32,
  });
  // JSON.parse rounds integers beyond 2^53, but they stay integers: that is all int64 can be checked for.
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('float', { type: 'number', validate: (n: number) => Number.isFinite(n) });
  ajv.addFormat('double', { type: 'number', validate: (n: number) => Number.isFinite(n) });
  ajv.addSchema({
    $id: ROOT_ID,
    definitions: Object.fromEntries(
      Object.entries(contract.schemas).map(([name, s]) => [name, toJsonSchema(s, closed, name)]),
    ),
  });
  const compiled = new Map<string, ValidateFunction>();
  for (const name of Object.keys(contract.schemas)) {
    compiled.set(name, ajv.compile({ $ref: `${ROOT_ID}#/definitions/${name}` }));
  }

  const errors = (name: string, body: unknown): string[] => {
    const validate = compiled.get(name);
    if (!validate) {
      throw new Error(`Expected a schema of the contract (${[...compiled.keys()].join(', ')}); got '${name}'`);
    }
    return validate(body) ? [] : (validate.errors ?? []).map(describe);
  };

  return {
    errors,
    assertValid(name, body, label) {
      const found = errors(name, body);
      if (found.length > 0) {
        throw new Error(
          `${label}: expected a body valid against ${name}; ${found.length} violation(s):\n  ${found.join('\n  ')}`,
        );
      }
    },
    responseSchema(operationId, status) {
      const operation = contract.operations[operationId];
      if (!operation) throw new Error(`Expected an operation of the contract; got '${operationId}'`);
      const name = operation.responses[String(status)];
      if (name === undefined) {
        throw new Error(
          `${operationId}: expected a documented status (${Object.keys(operation.responses).join(', ')}); got ${status}`,
        );
      }
      return name;
    },
  };
}

/** One Ajv error as a line: where, what, and the offending detail. */
function describe(e: ErrorObject): string {
  const at = e.instancePath === '' ? '(root)' : e.instancePath;
  const detail =
    e.keyword === 'additionalProperties'
      ? ` '${String((e.params as { additionalProperty: string }).additionalProperty)}'`
      : e.keyword === 'enum'
        ? ` ${JSON.stringify((e.params as { allowedValues: unknown }).allowedValues)}`
        : '';
  return `${at} ${e.message ?? e.keyword}${detail}`;
}
