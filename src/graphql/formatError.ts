import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { ErrorCode, MeterqlError } from '../errors.js';
import { ScalarInputError } from './scalars.js';

// graphql-js messages for argument values of the wrong type (ValuesOfCorrectTypeRule): the client's
// input is wrong, not the shape of its query, so these are BAD_USER_INPUT like every other bad value.
const VALUE_ERROR =
  /^(Value ".*" does not exist in ".*" enum|Expected value of type|Enum ".*" cannot represent|(Int|Float|String|Boolean|ID) cannot represent)/;

/**
 * Shapes every error clients see. Typed errors keep their stable code and extensions; argument values
 * of the wrong type become BAD_USER_INPUT; anything untyped is masked as "Unexpected error." with
 * INTERNAL_SERVER_ERROR and logged (without credentials, which no error ever carries).
 */
export function createFormatError(logger: Logger) {
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
      logger.error({ err: original, path: formatted.path }, 'unexpected error');
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
