/**
 * Usage attribution tags of the simulated account. Each org's usage is spread over a few fixed tag
 * groups (combinations of `team`, `service` and `env` values, some without a `team` tag), each with a
 * constant weight in thousandths. Every attribution endpoint splits the same hourly values with these
 * weights, so attributed figures always add up to the usage GetHourlyUsage reports.
 */
import type { SimOrg } from './datadogWorld.js';
import { hash32, mix32, unitFloat } from '../../../simulator/hashing.js';

/** The tag keys the account's usage attribution is configured with. */
export const TAG_KEYS = ['team', 'service', 'env'] as const;

const VALUES: Readonly<Record<(typeof TAG_KEYS)[number], readonly string[]>> = {
  team: ['platform', 'payments', 'search', 'mobile', 'data', 'security'],
  service: ['api', 'web', 'worker', 'db'],
  env: ['prod', 'staging'],
};

/** One group: its tag values (a key absent means "not tagged" with it) and its weight in 1/1000. */
export interface TagGroup {
  tags: Readonly<Partial<Record<string, string>>>;
  weight: number;
}

/** One attribution row: the tag values it stands for (null when no breakdown was asked) and its groups. */
export interface BreakdownRow {
  tags: Record<string, string[]> | null;
  groups: readonly number[];
}

const GROUPS_PER_ORG = 4;

/** The org's tag groups; weights are positive and sum to exactly 1000. Pure function of seed and org. */
export function tagGroupsOf(seed: string, org: SimOrg): readonly TagGroup[] {
  const key = hash32(`${seed}|tags|${org.publicId}`);
  const raw = Array.from({ length: GROUPS_PER_ORG }, (_, i) => 1 + unitFloat(mix32(key, 100 + i)) * 9);
  const total = raw.reduce((a, b) => a + b, 0);
  const weights = splitInteger(
    1000,
    raw.map((r) => r / total),
  );
  return weights.map((weight, i) => {
    const pick = (k: (typeof TAG_KEYS)[number], salt: number): string => {
      const values = VALUES[k];
      return values[Math.floor(unitFloat(mix32(key, salt * 31 + i)) * values.length)] as string;
    };
    const tags: Record<string, string> = { service: pick('service', 2), env: pick('env', 3) };
    // The last group carries no team tag: usage that is "not tagged" with `team`.
    if (i < GROUPS_PER_ORG - 1) tags.team = pick('team', 1);
    return { tags, weight: Math.max(weight, 1) };
  });
}

/**
 * Splits a non-negative integer into integer parts proportional to `shares` (which sum to 1), by
 * largest remainder: the parts always add up to exactly `value`.
 */
export function splitInteger(value: number, shares: readonly number[]): number[] {
  const exact = shares.map((s) => value * s);
  const parts = exact.map((x) => Math.floor(x));
  let rest = value - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    rest--;
  }
  return parts;
}

/** Splits one hourly value over the org's groups by weight; parts add up to `value` exactly. */
export function splitOverGroups(value: number, groups: readonly TagGroup[]): number[] {
  return splitInteger(
    value,
    groups.map((g) => g.weight / 1000),
  );
}

/**
 * The attribution rows for `tag_breakdown_keys`: `null` or empty keys give one row with `tags: null`
 * (no breakdown: totals). Otherwise groups with the same values for the keys share a row, and each
 * key maps to its value as a one-element list, or to `[]` when the group is not tagged with it
 * (unknown keys are never tagged). Rows keep the order of their first group.
 */
export function breakdownRows(groups: readonly TagGroup[], keys: readonly string[] | null): BreakdownRow[] {
  if (keys === null || keys.length === 0) return [{ tags: null, groups: groups.map((_, i) => i) }];
  const rows = new Map<string, BreakdownRow>();
  groups.forEach((group, i) => {
    const tags: Record<string, string[]> = {};
    for (const k of keys) {
      const v = group.tags[k];
      tags[k] = v === undefined ? [] : [v];
    }
    const id = JSON.stringify(keys.map((k) => tags[k]));
    const row = rows.get(id);
    if (row) (row.groups as number[]).push(i);
    else rows.set(id, { tags, groups: [i] });
  });
  return [...rows.values()];
}

/** `tag_config_source` as Datadog writes it: `<org name>:::<configured tag keys>`. */
export function tagConfigSource(org: SimOrg): string {
  return `${org.name}:::${TAG_KEYS.join(',')}`;
}
