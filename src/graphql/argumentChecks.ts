/**
 * Provider-neutral argument checks: bounds, order and non-empty lists. Each throws BAD_USER_INPUT
 * naming the argument, what was expected and what came; providers supply the bounds (retention,
 * windows) and the words.
 */
import { BadUserInputError } from '../errors.js';

/** How a bound reads in a refusal. */
export interface BoundRule {
  /** What the argument must be, completing `Argument "x" must …`, e.g. `be at most 15 months back`. */
  must: string;
  /** Writes the bound and the value, e.g. `formatMonth`. */
  format: (t: Date) => string;
  /** Said inside the parentheses after the bound, e.g. `the upstream's limit for one org`. */
  note?: string;
  /** Said after the parentheses, e.g. ` for HISTORICAL costs`. */
  suffix?: string;
}

function refuse(name: string, value: Date, bound: Date, side: 'later' | 'earlier', rule: BoundRule): never {
  const note = rule.note === undefined ? '' : `; ${rule.note}`;
  throw new BadUserInputError(
    `Argument "${name}" must ${rule.must} (${rule.format(bound)} or ${side}${note})${rule.suffix ?? ''}, but got: ${rule.format(value)}`,
    { argumentName: name },
  );
}

/** Refuses `value` before `earliest`. */
export function checkNotEarlier(name: string, value: Date, earliest: Date, rule: BoundRule): void {
  if (value < earliest) refuse(name, value, earliest, 'later', rule);
}

/** Refuses `value` after `latest`. */
export function checkNotLater(name: string, value: Date, latest: Date, rule: BoundRule): void {
  if (value > latest) refuse(name, value, latest, 'earlier', rule);
}

/** Refuses an end argument before its start argument (an inclusive range may be one value long). */
export function checkNotBefore(
  startName: string,
  start: Date,
  endName: string,
  end: Date,
  format: (t: Date) => string,
): void {
  if (end < start) {
    throw new BadUserInputError(
      `Argument "${endName}" must not be before "${startName}", but got ${startName} ${format(start)} and ${endName} ${format(end)}`,
      { argumentName: endName },
    );
  }
}

/** Refuses an exclusive end argument that is not after its start argument; `note` explains the precision. */
export function checkAfter(
  startName: string,
  start: Date,
  endName: string,
  end: Date,
  format: (t: Date) => string,
  note: string,
): void {
  if (end <= start) {
    throw new BadUserInputError(
      `Argument "${endName}" must be after "${startName}" (${note}), but got ${startName} ${format(start)} and ${endName} ${format(end)}`,
      { argumentName: endName },
    );
  }
}

/**
 * Refuses a list argument given but empty, where omitting it means "all": `what` names one item
 * (`family`, `field`, `metric`).
 */
export function checkNotEmpty(name: string, list: readonly unknown[] | null | undefined, what: string): void {
  if (list && list.length === 0) {
    throw new BadUserInputError(
      `Argument "${name}" must name at least one ${what}, or be omitted for all, but got: []`,
      { argumentName: name },
    );
  }
}

/**
 * A list argument where omitting it means "all" ({@link checkNotEmpty}), normalized: its distinct
 * items in sorted order, so selections that differ only in order or repeats are the same request;
 * null for "all".
 */
export function checkDistinctOrAll(
  name: string,
  list: readonly string[] | null | undefined,
  what: string,
): string[] | null {
  checkNotEmpty(name, list, what);
  return list ? [...new Set(list)].sort() : null;
}
