import { createHash } from 'node:crypto';

/** The longest operation name that goes into metric labels and log lines as it is. */
export const MAX_OPERATION_NAME_LENGTH = 64;
/** How many leading characters a longer name keeps before its hash. */
const KEPT_PREFIX_LENGTH = 40;

/**
 * An operation name fit for a metric label or a log line: as it is up to
 * {@link MAX_OPERATION_NAME_LENGTH} characters; a longer one becomes its first characters, `~` and
 * 16 hex digits of its SHA-256 (so distinct long names stay distinct, and the same long name always
 * maps to the same value) — at most 57 characters whatever the client sent. Null stays null.
 */
export function boundedOperationName(name: string | null): string | null {
  if (name === null || name.length <= MAX_OPERATION_NAME_LENGTH) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 16);
  return `${name.slice(0, KEPT_PREFIX_LENGTH)}~${hash}`;
}
