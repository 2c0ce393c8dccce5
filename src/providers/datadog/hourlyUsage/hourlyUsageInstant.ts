import { recentTexts } from '../../../time/recentTexts.js';

/**
 * The instant (ms since the epoch; NaN when it is not a date) of an hourly-usage record's `timestamp`
 * text, remembered: every page repeats the same few hours for every org and family, so the page's
 * check and the `hour` resolver each parse a text once, not once per record.
 */
export const hourlyUsageInstant = recentTexts((timestamp: string) => Date.parse(timestamp));
