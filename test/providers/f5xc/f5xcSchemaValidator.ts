/** Compiles the transcribed F5 schemas with ajv (v8) and ajv-formats, and validates bodies against them. */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { F5XC_COMPONENTS, F5XC_ERROR_BODY, F5XC_OPERATIONS, type F5xcOperationName } from './f5xcOpenApiSchemas.js';

// ajv-formats is CommonJS: its default export is the plugin function.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  // strictTypes off: OpenAPI writes `format: boolean` on a boolean, where JSON Schema has no formats.
  // OpenAPI's own format names that JSON Schema does not define: `int64`/`int32`/`double` on the
  // types ajv-formats checks them on, `string` and `boolean` as the spec writes them (no constraint).
  ajv.addFormat('string', true);
  ajv.addFormat('boolean', true);
  ajv.addSchema(F5XC_COMPONENTS);
  return ajv;
}

const ajv = createAjv();
const cache = new Map<string, ValidateFunction>();

function validator(name: string): ValidateFunction {
  let v = cache.get(name);
  if (v === undefined) {
    v = name === 'error' ? ajv.compile(F5XC_ERROR_BODY) : ajv.compile({ $ref: `f5xc#/definitions/${name}` });
    cache.set(name, v);
  }
  return v;
}

/** The ajv errors of `body` against `schema` (a component name, or `error`), as one readable string; `''` when valid. */
export function schemaErrors(schema: string, body: unknown): string {
  const validate = validator(schema);
  return validate(body) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });
}

/** The schema name of an operation's answer with `status` (200: its response; else the error string). */
export function answerSchema(operation: F5xcOperationName, status: number): string {
  return status === 200 ? F5XC_OPERATIONS[operation].response : 'error';
}
