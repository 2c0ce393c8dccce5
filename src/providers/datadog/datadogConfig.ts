import { ConfigError } from '../../gateway/config.js';

/** The nine Datadog sites; the API lives at `https://api.{site}`. */
export const DATADOG_SITES = [
  'datadoghq.com',
  'us3.datadoghq.com',
  'us5.datadoghq.com',
  'ap1.datadoghq.com',
  'ap2.datadoghq.com',
  'uk1.datadoghq.com',
  'datadoghq.eu',
  'ddog-gov.com',
  'us2.ddog-gov.com',
] as const;
export type DatadogSite = (typeof DATADOG_SITES)[number];

/** Datadog API and application keys. Never logged, never put in an error. */
export interface DatadogCredentials {
  apiKey: string;
  appKey: string;
}

/** Datadog's configuration: `DD_API_KEY` + `DD_APP_KEY`, `DD_SITE`, `METERQL_DATADOG_URL`. */
export interface DatadogConfig {
  /** Base URL of the Datadog API (no trailing slash). `METERQL_DATADOG_URL`, else `https://api.{DD_SITE}`. */
  baseUrl: string | null;
  /** `DD_SITE`, defaults to `datadoghq.com`. */
  site: DatadogSite;
  /** `DD_API_KEY` + `DD_APP_KEY`; `null` means "no credentials configured". */
  credentials: DatadogCredentials | null;
}

/**
 * Reads Datadog's variables from `env`. Keys come in pairs: one without the other is an error, not a
 * silent fallback to the simulator.
 */
export function readDatadogConfig(env: NodeJS.ProcessEnv): DatadogConfig {
  const site = env.DD_SITE === undefined || env.DD_SITE === '' ? 'datadoghq.com' : env.DD_SITE;
  if (!(DATADOG_SITES as readonly string[]).includes(site)) {
    throw new ConfigError('DD_SITE', `one of ${DATADOG_SITES.join(', ')}`, site);
  }
  const apiKey = env.DD_API_KEY ?? '';
  const appKey = env.DD_APP_KEY ?? '';
  if ((apiKey === '') !== (appKey === '')) {
    const missing = apiKey === '' ? 'DD_API_KEY' : 'DD_APP_KEY';
    throw new ConfigError(missing, 'set together with the other Datadog key', '');
  }
  const baseUrlRaw = env.METERQL_DATADOG_URL ?? '';
  if (baseUrlRaw !== '' && !/^https?:\/\/[^/]+/.test(baseUrlRaw)) {
    throw new ConfigError('METERQL_DATADOG_URL', 'an http(s) URL', baseUrlRaw);
  }
  return {
    baseUrl: baseUrlRaw === '' ? null : baseUrlRaw.replace(/\/+$/, ''),
    site: site as DatadogSite,
    credentials: apiKey === '' ? null : { apiKey, appKey },
  };
}

/** The Datadog API base URL for a configuration: the override, else `https://api.{site}`. */
export function datadogBaseUrl(config: DatadogConfig): string {
  return config.baseUrl ?? `https://api.${config.site}`;
}
