import { ConfigError } from '../../gateway/config.js';
import { FASTLY_API_URL } from './api/fastlyPaths.js';

/** Fastly's configuration: `FASTLY_API_TOKEN`, `METERQL_FASTLY_URL`. */
export interface FastlyConfig {
  /** Base URL of the Fastly API (no trailing slash): `METERQL_FASTLY_URL`; null for Fastly's own. */
  baseUrl: string | null;
  /** `FASTLY_API_TOKEN` (sent as `Fastly-Key`); null means "no token configured". Never logged. */
  token: string | null;
}

/**
 * Reads Fastly's configuration. `FASTLY_API_TOKEN` is the variable Fastly's own CLI reads; a
 * `METERQL_FASTLY_URL` that is not an http(s) URL is refused, naming the variable.
 */
export function readFastlyConfig(env: NodeJS.ProcessEnv): FastlyConfig {
  const token = env.FASTLY_API_TOKEN ?? '';
  const baseUrlRaw = env.METERQL_FASTLY_URL ?? '';
  if (baseUrlRaw !== '' && !/^https?:\/\/[^/]+/.test(baseUrlRaw)) {
    throw new ConfigError('METERQL_FASTLY_URL', 'an http(s) URL', baseUrlRaw);
  }
  return {
    baseUrl: baseUrlRaw === '' ? null : baseUrlRaw.replace(/\/+$/, ''),
    token: token === '' ? null : token,
  };
}

/** The Fastly API base URL for a configuration: the override, else Fastly's own. */
export function fastlyBaseUrl(config: FastlyConfig): string {
  return config.baseUrl ?? FASTLY_API_URL;
}
