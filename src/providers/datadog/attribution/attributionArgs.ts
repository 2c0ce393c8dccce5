import { BadUserInputError } from '../../../errors.js';

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
