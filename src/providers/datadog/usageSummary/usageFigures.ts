import type { UsageFigureModel } from './usageSummaryModels.js';

/** Fields of a usage-summary level that identify it rather than measure anything. */
const IDENTITY_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'public_id',
  'region',
  'account_name',
  'account_public_id',
  'date',
  'orgs',
  'usage',
  'start_date',
  'end_date',
  'last_updated',
]);

function figureOf(name: string, value: unknown): UsageFigureModel | null {
  if (IDENTITY_FIELDS.has(name)) return null;
  if (value === null || typeof value === 'number' || typeof value === 'bigint') return { name, value };
  return null;
}

/**
 * Every numeric (or null) field of a usage-summary level, in upstream order, whatever its name: fields
 * the upstream adds later show up without a schema change. Objects such as `logs_by_retention` and the
 * identity fields are not figures.
 */
export function usageFigures(level: Readonly<Record<string, unknown>>): UsageFigureModel[] {
  const figures: UsageFigureModel[] = [];
  for (const [name, value] of Object.entries(level)) {
    const figure = figureOf(name, value);
    if (figure) figures.push(figure);
  }
  return figures;
}

/** One figure of a level by upstream name; null when the level does not report it. */
export function findFigure(level: Readonly<Record<string, unknown>>, name: string): UsageFigureModel | null {
  return Object.prototype.hasOwnProperty.call(level, name) ? figureOf(name, level[name]) : null;
}
