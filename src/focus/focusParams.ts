import { defineParamsCodec, paramsField } from '../pagination/paramsCodec.js';

/** What one segment of the FOCUS view (one provider) is read with. */
export interface FocusParams {
  /** `ProviderName` value. */
  provider: string;
  start: Date;
  end: Date;
}

/** The params codec of the FOCUS view's segments: they travel in `focusCharges` cursors. */
export const focusParamsCodec = defineParamsCodec<FocusParams>({
  name: 'focusCharges',
  version: 1,
  fields: { provider: paramsField.string, start: paramsField.month, end: paramsField.month },
});
