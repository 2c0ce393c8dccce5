import { BadUserInputError } from '../../../errors.js';
import { addMonths, formatMonth, startOfMonth } from '../../../time/utcTime.js';
import { RETENTION_MONTHS } from '../api/usageLimits.js';

/**
 * `tagBreakdownKeys` as the upstream takes them (a comma list): trimmed, de-duplicated and sorted (the
 * upstream's rows do not depend on the order of the keys); empty means totals. Throws BAD_USER_INPUT
 * for a key that is empty or holds a comma (it would split into two keys upstream).
 */
export function checkTagKeys(keys: readonly string[] | null | undefined): string[] {
  const out = new Set<string>();
  for (const raw of keys ?? []) {
    const key = raw.trim();
    if (key === '' || key.includes(',')) {
      throw new BadUserInputError(
        `Argument "tagBreakdownKeys" must hold non-empty tag keys without commas, but got: ${JSON.stringify(raw)}`,
        { argumentName: 'tagBreakdownKeys' },
      );
    }
    out.add(key);
  }
  return [...out].sort();
}

/** A validated month range: `endMonth` null means the upstream's default (the current month). */
export interface MonthRange {
  startMonth: Date;
  endMonth: Date | null;
}

/**
 * Checks `startMonth` (at most 15 months back, the upstream's retention) and `endMonth` (not before
 * `startMonth`). Throws BAD_USER_INPUT naming what was expected and what came.
 */
export function checkMonthRange(startMonth: Date, endMonth: Date | null | undefined, now: Date): MonthRange {
  const start = startOfMonth(startMonth);
  const end = endMonth ? startOfMonth(endMonth) : null;
  const earliest = startOfMonth(addMonths(now, -RETENTION_MONTHS));
  if (start < earliest) {
    throw new BadUserInputError(
      `Argument "startMonth" must be at most ${RETENTION_MONTHS} months back (${formatMonth(earliest)} or later), but got: ${formatMonth(start)}`,
      { argumentName: 'startMonth' },
    );
  }
  if (end !== null && end < start) {
    throw new BadUserInputError(
      `Argument "endMonth" must not be before "startMonth", but got startMonth ${formatMonth(start)} and endMonth ${formatMonth(end)}`,
      { argumentName: 'endMonth' },
    );
  }
  return { startMonth: start, endMonth: end };
}
