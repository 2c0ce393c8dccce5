/** Formatting and date arithmetic of the page: UTC throughout, as the API's periods are. */

/** `YYYY-MM` of a date (UTC). */
export function monthText(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The first instant of the month `months` after the month of `date` (UTC). */
export function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

/** `YYYY-MM` of a `DateTime` the API wrote (`2026-11-01T00:00:00Z`). */
export function monthOf(dateTime: string): string {
  return dateTime.slice(0, 7);
}

/** A month label for an axis: `Nov 2026`. */
export function monthLabel(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A money amount for a label or tooltip, from the API's exact decimal string. */
export function money(amount: number, currency: string, compact = false): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    maximumFractionDigits: compact ? 1 : 2,
    ...(compact ? { notation: 'compact' as const } : {}),
  }).format(amount);
}

/** A usage figure for an axis or tooltip. */
export function quantity(value: number, compact = false): string {
  return new Intl.NumberFormat('en-US', compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}).format(value);
}

/** An instant as a period label at a rollup granularity (UTC). */
export function periodLabel(ms: number, granularity: string): string {
  const iso = new Date(ms).toISOString();
  if (granularity === 'HOUR') return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  if (granularity === 'MONTH') return monthLabel(iso.slice(0, 7));
  return iso.slice(0, 10);
}
