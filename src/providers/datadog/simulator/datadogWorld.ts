/**
 * The simulated Datadog account: a parent org with child orgs, their keys, and the hourly usage the
 * API reports for them. Everything is a pure function of the seed (plus values pinned by tests).
 */
import { RETENTION_MONTHS } from '../api/usageLimits.js';
import { PRODUCT_FAMILY_USAGE_TYPES } from '../api/productFamilies.js';
import { HOUR_MS, addMonths, floorToHour } from '../../../time/utcTime.js';
import { sha256Hex } from '../../../simulator/hashing.js';
import { createUsageGenerator } from './usageGenerator.js';
import type { GeneratorOrg } from './usageGenerator.js';

/** One organization of the simulated account. */
export interface SimOrg {
  publicId: string;
  name: string;
  region: string;
  parentPublicId: string | null;
  apiKey: string;
  appKey: string;
}

/** The simulated dataset. */
export interface DatadogWorld {
  readonly seed: string;
  /** The data clock, floored to the hour: the current hour and later hours are not reported. */
  readonly now: Date;
  /** Parent first, then its children. */
  readonly orgs: readonly SimOrg[];
  readonly parent: SimOrg;
  /**
   * The final or partial value the API reports for that org/family/usage type/hour; null when the
   * upstream reports null; undefined when the hour is not reported at all (future, current hour,
   * beyond retention) or the org, family or usage type is unknown. `hour` is floored to the hour.
   */
  value(publicId: string, family: string, usageType: string, hour: Date): number | null | undefined;
  /**
   * Test hook: pin a value (overrides the generator and the data delay). Pins outside the reported
   * hours are kept but never visible. Throws for an unknown org, family/usage type, or a value that
   * is not a safe integer or null.
   */
  setValue(publicId: string, family: string, usageType: string, hour: Date, value: number | null): void;
  /** The org owning exactly this API key / application key pair, if any. */
  orgByApiKey(apiKey: string, appKey: string): SimOrg | undefined;
  /**
   * Changes whenever a reported value may have changed (a pin, a new data delay): part of the key of
   * any cache of figures derived from `value`.
   */
  readonly dataVersion: string;
}

/** Inputs of {@link createDatadogWorld}. */
export interface DatadogWorldOptions {
  seed: string;
  /** Floored to the hour. */
  now: Date;
  /** Read on every `value` call, so the delay can change while the simulator runs. */
  dataDelayHours: () => number;
}

/** How long the API keeps hourly usage, in calendar months. */
export { RETENTION_MONTHS };

const ORG_BLUEPRINTS: readonly { name: string; region: string }[] = [
  { name: 'Acme Corp', region: 'us' },
  { name: 'Acme Platform', region: 'us' },
  { name: 'Acme Mobile', region: 'us' },
  { name: 'Acme Data', region: 'eu' },
  { name: 'Acme Security', region: 'us' },
];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHANUM = `${LETTERS}0123456789`;

/** A 16-character `[a-z0-9]` public id (first character a letter), derived from `material`. */
function publicIdFrom(material: string): string {
  const digest = sha256Hex(material);
  let id = '';
  for (let i = 0; i < 16; i++) {
    const byte = parseInt(digest.slice(i * 2, i * 2 + 2), 16);
    id += i === 0 ? LETTERS[byte % LETTERS.length] : ALPHANUM[byte % ALPHANUM.length];
  }
  return id;
}

/** The first hour still reported for a data clock `now` (15 calendar months back). */
export function retentionStart(now: Date): Date {
  return addMonths(now, -RETENTION_MONTHS);
}

/** The reported hours of `[start, end)` for a data clock `now`, as a half-open ms range. */
export function reportedRange(now: Date, start: Date, end: Date): { startMs: number; endMs: number } {
  const startMs = Math.max(start.getTime(), retentionStart(now).getTime());
  const endMs = Math.min(end.getTime(), now.getTime());
  return { startMs, endMs: Math.max(startMs, endMs) };
}

/** The children of `org` in world order (empty for a child org). */
export function childrenOf(world: DatadogWorld, org: SimOrg): SimOrg[] {
  return world.orgs.filter((o) => o.parentPublicId === org.publicId);
}

/** Builds the world for a seed: orgs and keys are derived with SHA-256 of the seed and the org. */
export function createDatadogWorld(options: DatadogWorldOptions): DatadogWorld {
  const { seed } = options;
  const now = floorToHour(options.now);
  const nowMs = now.getTime();
  const firstMs = retentionStart(now).getTime();

  let parentId: string | null = null;
  const orgs: SimOrg[] = ORG_BLUEPRINTS.map(({ name, region }) => {
    const publicId = publicIdFrom(`${seed}|org|${name}`);
    const org: SimOrg = {
      publicId,
      name,
      region,
      parentPublicId: parentId,
      apiKey: sha256Hex(`${seed}|${publicId}|api-key`).slice(0, 32),
      appKey: sha256Hex(`${seed}|${publicId}|application-key`).slice(0, 40),
    };
    parentId ??= publicId;
    return org;
  });
  const parent = orgs[0] as SimOrg;
  const generatorOrgs = new Map<string, GeneratorOrg>(
    orgs.map((o) => [o.publicId, { publicId: o.publicId, name: o.name, isParent: o === parent }]),
  );
  const generate = createUsageGenerator(seed);
  const pinned = new Map<string, number | null>();
  let pinRevision = 0;
  const pinKey = (publicId: string, family: string, usageType: string, hourMs: number): string =>
    `${publicId}|${family}|${usageType}|${hourMs}`;

  return {
    seed,
    now,
    orgs,
    parent,
    value(publicId, family, usageType, hour) {
      const hourMs = Math.floor(hour.getTime() / HOUR_MS) * HOUR_MS;
      if (!Number.isFinite(hourMs) || hourMs >= nowMs || hourMs < firstMs) return undefined;
      const org = generatorOrgs.get(publicId);
      if (!org) return undefined;
      if (pinned.size > 0) {
        const key = pinKey(publicId, family, usageType, hourMs);
        if (pinned.has(key)) return pinned.get(key);
      }
      const final = generate(org, family, usageType, hourMs);
      if (final === null || final === undefined) return final;
      const delay = options.dataDelayHours();
      const ageHours = (nowMs - hourMs) / HOUR_MS;
      return ageHours < delay ? Math.round((final * ageHours) / delay) : final;
    },
    setValue(publicId, family, usageType, hour, value) {
      if (!generatorOrgs.has(publicId)) throw new Error(`Unknown org public id '${publicId}'`);
      if (!PRODUCT_FAMILY_USAGE_TYPES[family]?.includes(usageType)) {
        throw new Error(`Unknown usage type '${usageType}' for product family '${family}'`);
      }
      if (value !== null && !Number.isSafeInteger(value)) {
        throw new Error(`Pinned values must be safe integers or null; got ${value}`);
      }
      pinned.set(pinKey(publicId, family, usageType, floorToHour(hour).getTime()), value);
      pinRevision += 1;
    },
    orgByApiKey(apiKey, appKey) {
      return orgs.find((o) => o.apiKey === apiKey && o.appKey === appKey);
    },
    get dataVersion() {
      return `${pinRevision}|${options.dataDelayHours()}`;
    },
  };
}
