/** `tag_breakdown_keys`: trimmed, de-duplicated keys in the order given; empty when absent. */
export function tagBreakdownKeysParam(text: string | undefined): string[] {
  if (text === undefined) return [];
  return [...new Set(text.split(',').map((k) => k.trim()))].filter((k) => k !== '');
}
