import { defineParamsCodec, paramsField } from '../../../pagination/paramsCodec.js';

/** The upstream parameters a monthly cost attribution stream is read with: its normalized query. */
export interface CostAttributionParams {
  /** The upstream query string's name/value pairs, as `costAttributionQuery` builds them. */
  query: ReadonlyArray<readonly [string, string]>;
}

/** The params codec of monthly cost attribution streams (GetMonthlyCostAttribution). */
export const costAttributionParamsCodec = defineParamsCodec<CostAttributionParams>({
  name: 'monthlyCostAttribution',
  version: 1,
  fields: { query: paramsField.pairs },
});
