/**
 * The simulator's synthetic usage: the FINAL value Datadog would report for one org, product family,
 * usage type and hour. Pure function of (seed, org, family, usage type, hour); computed on demand.
 *
 * Shape of the data:
 * - each org uses a subset of families (the rest report 0); `infra_hosts`, `logs` and `timeseries`
 *   are used by every org;
 * - each used (org, family, usage type) series has a base magnitude by kind of usage type: bytes
 *   1e11..5e12 per hour, host/device/container gauges 1..800, sessions 1e2..1e6, custom metrics
 *   1e3..2e5, events/spans and other counts 1e4..1e9 (log-uniform);
 * - a daily cycle peaking at 15:00 UTC, weekends at ~70 %, a slow 13-week swell, +-5 % noise;
 * - within `infra_hosts`, agent, APM and per-cloud host counts are fixed fractions of `host_count`
 *   (at the same hour), so the figures stay coherent;
 * - about 5 % of series are always null, and `infra_hosts.container_count` is always null for the
 *   "Acme Mobile" child (as in Datadog's own recording of an org without containers).
 */
import { PRODUCT_FAMILY_USAGE_TYPES } from '../api/productFamilies.js';
import { HOUR_MS } from '../../../time/utcTime.js';
import { hash32, mix32, unitFloat } from '../../../simulator/hashing.js';

/** Kinds of usage type, each with its own magnitude range and daily amplitude. */
type UsageKind = 'bytes' | 'gauge' | 'sessions' | 'metrics' | 'events' | 'flag';

interface KindProfile {
  min: number;
  max: number;
  dailyAmplitude: number;
}

const PROFILES: Record<UsageKind, KindProfile> = {
  bytes: { min: 1e11, max: 5e12, dailyAmplitude: 0.35 },
  gauge: { min: 1, max: 800, dailyAmplitude: 0.1 },
  sessions: { min: 1e2, max: 1e6, dailyAmplitude: 0.5 },
  metrics: { min: 1e3, max: 2e5, dailyAmplitude: 0.05 },
  events: { min: 1e4, max: 1e9, dailyAmplitude: 0.35 },
  flag: { min: 1, max: 1, dailyAmplitude: 0 },
};

const CORE_FAMILIES = new Set(['infra_hosts', 'logs', 'timeseries']);
const CORE_USAGE_TYPES = new Set([
  'agent_host_count',
  'apm_host_count',
  'host_count',
  'container_count',
  'ingested_events_bytes',
  'indexed_events_count',
  'billable_ingested_bytes',
  'num_custom_timeseries',
]);
const GAUGE_WORDS = [
  'host',
  'device',
  'container',
  'task',
  'func_count',
  'committers',
  'users',
  'agent',
  'slots',
  'infra_azure_app_service',
];
/** infra_hosts usage types derived from host_count: [min, max] of the fraction. */
const HOST_FRACTIONS: Readonly<Record<string, readonly [number, number]>> = {
  agent_host_count: [0.6, 0.95],
  apm_host_count: [0.1, 0.5],
  aws_host_count: [0.2, 0.7],
  azure_host_count: [0, 0.3],
  gcp_host_count: [0, 0.3],
  alibaba_host_count: [0, 0.1],
  heroku_host_count: [0, 0.1],
  vsphere_host_count: [0, 0.2],
  opentelemetry_host_count: [0, 0.2],
};
/** cos(2*pi*(h - 15)/24) for h = 0..23: the daily cycle, peaking at 15:00 UTC. */
const DAILY_COS: readonly number[] = Array.from({ length: 24 }, (_, h) => Math.cos((2 * Math.PI * (h - 15)) / 24));
const NULL_SERIES = new Set(['Acme Mobile|infra_hosts|container_count']);

/** Classifies a usage type by its name. */
export function usageKind(usageType: string): UsageKind {
  if (usageType.includes('bytes')) return 'bytes';
  if (usageType === 'enabled') return 'flag';
  if (usageType.includes('session')) return 'sessions';
  if (usageType.includes('timeseries')) return 'metrics';
  if (GAUGE_WORDS.some((word) => usageType.includes(word))) return 'gauge';
  return 'events';
}

/** Parameters of one (org, family, usage type) series, derived once from the seed. */
interface Series {
  /** 'zero': the org does not use it; 'null': always null; 'live': generated. */
  mode: 'zero' | 'null' | 'live';
  key: number;
  base: number;
  dailyAmplitude: number;
  swellPhase: number;
  /** For host counts derived from infra_hosts.host_count: the fraction of it. */
  fraction?: number;
}

/** The identity of an org as far as the generator is concerned. */
export interface GeneratorOrg {
  publicId: string;
  name: string;
  isParent: boolean;
}

/** Final hourly value: `(org, family, usageType, hourMs) -> integer | null`; `undefined` if unknown. */
export type UsageGenerator = (
  org: GeneratorOrg,
  family: string,
  usageType: string,
  hourMs: number,
) => number | null | undefined;

/** Creates the generator for `seed`. Series parameters are cached; hourly values are not. */
export function createUsageGenerator(seed: string): UsageGenerator {
  // org -> family -> usage type -> series (nested maps: no string building on the hot path).
  const seriesCache = new Map<GeneratorOrg, Map<string, Map<string, Series>>>();

  const seriesFor = (org: GeneratorOrg, family: string, usageType: string): Series | undefined => {
    let byFamily = seriesCache.get(org);
    if (!byFamily) seriesCache.set(org, (byFamily = new Map<string, Map<string, Series>>()));
    let byType = byFamily.get(family);
    const cached = byType?.get(usageType);
    if (cached) return cached;
    if (!PRODUCT_FAMILY_USAGE_TYPES[family]?.includes(usageType)) return undefined;
    if (!byType) byFamily.set(family, (byType = new Map<string, Series>()));
    const id = `${org.publicId}|${family}|${usageType}`;
    const key = hash32(`${seed}|series|${id}`);
    const familyUsed =
      CORE_FAMILIES.has(family) ||
      unitFloat(hash32(`${seed}|family|${org.publicId}|${family}`)) < (org.isParent ? 0.7 : 0.5);
    const typeUsed = CORE_USAGE_TYPES.has(usageType) || unitFloat(mix32(key, 1)) < 0.75;
    const kind = usageKind(usageType);
    const profile = PROFILES[kind];
    let mode: Series['mode'] = familyUsed && typeUsed ? 'live' : 'zero';
    if (NULL_SERIES.has(`${org.name}|${family}|${usageType}`)) mode = 'null';
    else if (mode === 'live' && kind !== 'flag' && !CORE_USAGE_TYPES.has(usageType) && unitFloat(mix32(key, 2)) < 0.05)
      mode = 'null';
    const u = unitFloat(mix32(key, 3));
    const series: Series = {
      mode,
      key,
      base: profile.min * Math.pow(profile.max / profile.min, u),
      dailyAmplitude: profile.dailyAmplitude,
      swellPhase: unitFloat(mix32(key, 4)) * 2 * Math.PI,
    };
    const range = family === 'infra_hosts' ? HOST_FRACTIONS[usageType] : undefined;
    if (range) series.fraction = range[0] + (range[1] - range[0]) * u;
    byType.set(usageType, series);
    return series;
  };

  const live = (series: Series, hourMs: number): number => {
    const hourIndex = Math.floor(hourMs / HOUR_MS);
    const hourOfDay = ((hourIndex % 24) + 24) % 24;
    const daily = 1 + series.dailyAmplitude * (DAILY_COS[hourOfDay] ?? 1);
    // 1970-01-01 was a Thursday (UTC day 4).
    const dow = (((Math.floor(hourIndex / 24) + 4) % 7) + 7) % 7;
    const weekly = dow === 0 || dow === 6 ? 0.7 : 1;
    const swell = 1 + 0.1 * Math.sin((2 * Math.PI * hourIndex) / (24 * 91) + series.swellPhase);
    const noise = 1 + 0.05 * (2 * unitFloat(mix32(series.key, hourIndex)) - 1);
    if (series.dailyAmplitude === 0) return 1;
    return Math.max(0, Math.round(series.base * daily * weekly * swell * noise));
  };

  return (org, family, usageType, hourMs) => {
    const series = seriesFor(org, family, usageType);
    if (!series) return undefined;
    if (series.mode === 'zero') return 0;
    if (series.mode === 'null') return null;
    if (series.fraction === undefined) return live(series, hourMs);
    const hosts = seriesFor(org, 'infra_hosts', 'host_count') as Series;
    return Math.round(live(hosts, hourMs) * series.fraction);
  };
}
