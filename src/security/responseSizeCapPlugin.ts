import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ErrorCode } from '../errors.js';
import { stringifyJson } from '../json/losslessJson.js';

/** What Apollo hands its `stringifyResult`: the result's three fields, in this order. */
interface ResultFields {
  errors?: unknown;
  data?: unknown;
  extensions?: unknown;
}

/**
 * Answers written while their size was checked, so Apollo sends that text instead of writing them
 * again: {@link stringify} is the gateway's `stringifyResult`. An answer is recognized by its `data`
 * object with the same `errors` and `extensions` (Apollo passes a copy of the result holding the
 * same three values); anything else is written by {@link stringifyJson}, as before.
 */
export class SerializedAnswers {
  private readonly byData = new WeakMap<object, { errors: unknown; extensions: unknown; text: string }>();

  /** Remembers `text` as the JSON of `result` until Apollo asks for it. */
  remember(result: ResultFields, text: string): void {
    if (typeof result.data === 'object' && result.data !== null) {
      this.byData.set(result.data, { errors: result.errors, extensions: result.extensions, text });
    }
  }

  /** Apollo's `stringifyResult`: the remembered text of this very result, else {@link stringifyJson}. */
  readonly stringify = (value: ResultFields): string => {
    if (typeof value.data === 'object' && value.data !== null) {
      const known = this.byData.get(value.data);
      if (known !== undefined) {
        this.byData.delete(value.data);
        if (known.errors === value.errors && known.extensions === value.extensions) return known.text;
      }
    }
    return stringifyJson(value);
  };
}

/**
 * Caps the answer of every operation at `maxBytes` of JSON: an answer growing past it is not sent;
 * the client gets a RESPONSE_TOO_LARGE error naming the cap instead (no data), and the answer is
 * dropped so its memory goes. List it before the operation report, which then reports the error.
 *
 * The size is that of the answer written as Apollo will send it (`errors`, `data`, `extensions`),
 * written once here and handed to Apollo through `serialized` (the gateway's `stringifyResult`):
 * checking the size costs no second walk of the result.
 */
export function responseSizeCapPlugin<C extends BaseContext>(
  maxBytes: number,
  serialized: SerializedAnswers,
): ApolloServerPlugin<C> {
  return {
    requestDidStart() {
      return Promise.resolve({
        // eslint-disable-next-line @typescript-eslint/require-await -- the hook's contract is async
        async willSendResponse({ response }) {
          if (maxBytes <= 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const text = stringifyJson({ errors: result.errors, data: result.data, extensions: result.extensions });
          // UTF-8 takes at most 3 bytes per UTF-16 unit: only an answer that could pass the cap is measured in bytes.
          const size = text.length * 3 <= maxBytes ? text.length : Buffer.byteLength(text, 'utf8');
          if (size <= maxBytes) {
            serialized.remember(result, text);
            return;
          }
          response.body.singleResult = {
            data: null,
            errors: [
              {
                message: `The answer is larger than the gateway's cap of ${maxBytes} bytes (it was ${size} bytes of JSON); ask for fewer records or fields, or page with smaller \`first\``,
                extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, maxResponseBytes: maxBytes },
              },
            ],
          };
        },
      });
    },
  };
}
