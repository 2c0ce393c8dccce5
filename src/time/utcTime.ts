/**
 * UTC time helpers shared by the gateway and the simulator. Every instant is a `Date` in UTC; upstream
 * formats are produced and parsed here and nowhere else.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

// YYYY-MM-DD, YYYY-MM-DDThh, YYYY-MM-DDThh:mm, YYYY-MM-DDThh:mm:ss(.fff), each with an optional zone.
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

/**
 * Parses the date-time forms the upstream APIs accept: `YYYY-MM-DD`, `YYYY-MM-DDThh` (hour precision,
 * as Datadog documents it) and full ISO-8601 with or without a zone (no zone means UTC). Returns
 * `null` for anything else, including impossible dates such as `2026-02-30`.
 */
export function parseDateTime(text: string): Date | null {
  const m = DATE_TIME_RE.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '0', zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const ms = Number(frac.slice(0, 3).padEnd(3, '0'));
  let t = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
    if (offsetMinutes > 18 * 60) return null;
    t -= sign * offsetMinutes * 60_000;
  }
  return new Date(t);
}

/** Parses `YYYY-MM` into the first instant of that UTC month, or `null`. */
export function parseMonth(text: string): Date | null {
  const m = MONTH_RE.exec(text.trim());
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return new Date(Date.UTC(Number(m[1]), month - 1, 1));
}

/** The start of the UTC hour that contains `t`. */
export function floorToHour(t: Date): Date {
  return new Date(Math.floor(t.getTime() / HOUR_MS) * HOUR_MS);
}

/** The start of the UTC day (midnight) that contains `t`. */
export function floorToDay(t: Date): Date {
  return new Date(Math.floor(t.getTime() / DAY_MS) * DAY_MS);
}

/** The first instant of the UTC month that contains `t`. */
export function startOfMonth(t: Date): Date {
  return new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1));
}

/**
 * `t` moved by `months` calendar months, clamped to the end of the target month
 * (Jan 31 + 1 month = Feb 28/29), keeping the time of day.
 */
export function addMonths(t: Date, months: number): Date {
  const target = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      target.getUTCFullYear(),
      target.getUTCMonth(),
      Math.min(t.getUTCDate(), lastDay),
      t.getUTCHours(),
      t.getUTCMinutes(),
      t.getUTCSeconds(),
      t.getUTCMilliseconds(),
    ),
  );
}

/** `YYYY-MM-DDThh`, the hour format Datadog's v1 and v2 usage endpoints document. */
export function formatHour(t: Date): string {
  return t.toISOString().slice(0, 13);
}

/** `YYYY-MM-DD`, the day format the upstream APIs document. */
export function formatDay(t: Date): string {
  return t.toISOString().slice(0, 10);
}

/** `YYYY-MM`. */
export function formatMonth(t: Date): string {
  return t.toISOString().slice(0, 7);
}

/** RFC 3339 with an explicit `+00:00` offset, as Datadog writes timestamps (`2022-07-16T14:00:00+00:00`). */
export function formatRfc3339(t: Date): string {
  return t.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/**
 * A timestamp an upstream wrote (any form `Date` reads: RFC 3339, ISO-8601 with an offset); null when
 * it is not a string or cannot be read.
 */
export function timestampOrNull(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const t = new Date(value);
  return Number.isNaN(t.getTime()) ? null : t;
}
