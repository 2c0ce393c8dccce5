import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { ErrorCode, MeterqlError } from '../errors.js';
import { ScalarInputError } from './scalars.js';
import { scrubSecrets } from '../security/scrubSecrets.js';

// graphql-js messages for argument values of the wrong type (ValuesOfCorrectTypeRule): the client's
// input is wrong, not the shape of its query, so these are BAD_USER_INPUT like every other bad value.
const VALUE_ERROR =
  /^(Value ".*" does not exist in ".*" enum|Expected value of type|Enum ".*" cannot represent|(Int|Float|String|Boolean|ID) cannot represent)/;

/**
 * Shapes every error clients see. Typed errors keep their stable code and extensions; argument values
 * of the wrong type become BAD_USER_INPUT; anything untyped is masked as "Unexpected error." with
 * INTERNAL_SERVER_ERROR and logged. Every message (and the upstream's own error strings in
 * `extensions.upstream.errors`) is scrubbed of anything that looks like a credential, and so is the
 * logged error (see {@link scrubSecrets}): the upstream client scrubs what it knows the request
 * carried, this is the last line for text from anywhere else.
 */
export function createFormatError(logger: Logger) {
  const format = shapeError(logger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
    scrubFormatted(format(formatted, error));
}

/** `formatted` with its message and upstream error strings scrubbed. */
function scrubFormatted(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = scrubSecrets(formatted.message);
  const upstream = formatted.extensions?.upstream as { errors?: unknown } | undefined;
  const errors: unknown[] | undefined = Array.isArray(upstream?.errors) ? (upstream.errors as unknown[]) : undefined;
  const scrubbedErrors = errors?.map((e) => (typeof e === 'string' ? scrubSecrets(e) : e));
  const errorsChanged = scrubbedErrors !== undefined && scrubbedErrors.some((e, i) => e !== errors?.[i]);
  if (message === formatted.message && !errorsChanged) return formatted;
  return {
    ...formatted,
    message,
    ...(errorsChanged
      ? { extensions: { ...formatted.extensions, upstream: { ...upstream, errors: scrubbedErrors } } }
      : {}),
  };
}

/** A logged error's message and stack, scrubbed. */
function scrubbedForLog(err: unknown): unknown {
  if (!(err instanceof Error)) return typeof err === 'string' ? scrubSecrets(err) : err;
  return { type: err.name, message: scrubSecrets(err.message), stack: scrubSecrets(err.stack ?? '') };
}

function shapeError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    // A scalar's parse error arrives wrapped by Apollo's validation error, which keeps it as originalError.
    const cause = original instanceof GraphQLError ? original.originalError : undefined;
    if (cause instanceof ScalarInputError) {
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } };
    }
    if (original instanceof MeterqlError) return formatted;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && VALUE_ERROR.test(formatted.message)) {
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } };
    }
    if (code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR) {
      logger.error({ err: scrubbedForLog(original), path: formatted.path }, 'unexpected error');
      return {
        message: 'Unexpected error.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    return formatted;
  };
}
