import { numberOrNull } from '../../../json/jsonNumber.js';
import { BadUserInputError } from '../../../errors.js';
import { decimalFromJson, type Decimal } from '../../../money/decimal.js';

/**
 * Whether a cost attribution field holds money: `<billing dimension>_on_demand_cost`,
 * `_committed_cost` and `_total_cost` are USD amounts; every other field (`_percentage_in_org`,
 * `_percentage_in_account`) is a share, 0-100.
 */
export function isCostField(field: string): boolean {
  return field.endsWith('_cost');
}

/** One cost attribution value, split by what it holds: money exact, shares as numbers. */
export interface CostAttributionFigure {
  /** USD, exact, for a cost field; null otherwise and when the upstream sent no number. */
  cost: Decimal | null;
  /** The share for any other field; null for cost fields and when the upstream sent no number. */
  percentage: number | null;
}

/** Reads an upstream value (a JSON number, a bigint beyond 2^53, or anything else) of `field`. */
export function costAttributionFigure(field: string, raw: unknown): CostAttributionFigure {
  if (isCostField(field)) return { cost: decimalFromJson(raw), percentage: null };
  return { cost: null, percentage: numberOrNull(raw) };
}

/**
 * Checks the `field` argument of `MonthlyCostAttribution.cost` (a cost field) or `.percentage` (any
 * other field), so a money field is never read as a float, nor a share as money; returns it.
 * Throws BAD_USER_INPUT.
 */
export function checkFigureField(reader: 'cost' | 'percentage', field: string): string {
  if (reader === 'cost' && !isCostField(field)) {
    throw new BadUserInputError(
      `Argument "field" of cost must name a cost field (<billing dimension>_on_demand_cost, _committed_cost or _total_cost, e.g. "infra_host_total_cost"), but got: ${JSON.stringify(field)}; shares are read with percentage(field:)`,
      { argumentName: 'field' },
    );
  }
  if (reader === 'percentage' && isCostField(field)) {
    throw new BadUserInputError(
      `Argument "field" of percentage must name a field that is not a cost (e.g. "infra_host_percentage_in_org"), but got: ${JSON.stringify(field)}; costs are read with cost(field:)`,
      { argumentName: 'field' },
    );
  }
  return field;
}

/** The row's value of `field`, or undefined when the row does not carry it. */
export function rowValue(values: Readonly<Record<string, unknown>>, field: string): unknown {
  return Object.prototype.hasOwnProperty.call(values, field) ? values[field] : undefined;
}
