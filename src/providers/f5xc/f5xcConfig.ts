import { ConfigError } from '../../gateway/config.js';
import { F5XC_CONSOLE_HOST_SUFFIX } from './api/f5xcPaths.js';

/** F5 Distributed Cloud's configuration: `F5XC_API_TOKEN`, `METERQL_F5XC_URL`, `F5XC_TENANT`. */
export interface F5xcConfig {
  /** The tenant's console URL (no trailing slash), e.g. `https://acme.console.ves.volterra.io`; null when unset. */
  baseUrl: string | null;
  /** `F5XC_API_TOKEN` (sent as `Authorization: APIToken <token>`); null when unset. Never logged. */
  token: string | null;
  /** The tenant's name: `F5XC_TENANT`, else the first label of a console URL's host, else the URL's host. */
  tenant: string | null;
}

/** What the gateway reaches F5 with: the token and the tenant it belongs to. */
export interface F5xcCredentials {
  token: string;
  tenant: string;
}

/** The base URL nothing is sent to: the provider is unconfigured and every call fails UNAUTHENTICATED first. */
export const F5XC_UNCONFIGURED_URL = `https://tenant${F5XC_CONSOLE_HOST_SUFFIX}`;

/**
 * Reads F5's configuration. F5 has no shared API origin (each tenant has its own console), so a token
 * needs `METERQL_F5XC_URL`; a URL that is not http(s) is refused, naming the variable.
 */
export function readF5xcConfig(env: NodeJS.ProcessEnv): F5xcConfig {
  const token = env.F5XC_API_TOKEN ?? '';
  const raw = env.METERQL_F5XC_URL ?? '';
  if (raw !== '' && !/^https?:\/\/[^/]+/.test(raw)) {
    throw new ConfigError('METERQL_F5XC_URL', "an http(s) URL (the tenant's console)", raw);
  }
  if (token !== '' && raw === '') {
    throw new ConfigError(
      'METERQL_F5XC_URL',
      `the tenant's console URL (https://<tenant>${F5XC_CONSOLE_HOST_SUFFIX}) when F5XC_API_TOKEN is set`,
      raw,
    );
  }
  const baseUrl = raw === '' ? null : raw.replace(/\/+$/, '');
  const named = env.F5XC_TENANT ?? '';
  return { baseUrl, token: token === '' ? null : token, tenant: named !== '' ? named : tenantOfUrl(baseUrl) };
}

/** The tenant a console URL names (`https://acme.console.ves.volterra.io` -> `acme`), else its host; null for none. */
export function tenantOfUrl(baseUrl: string | null): string | null {
  if (baseUrl === null) return null;
  const host = new URL(baseUrl).hostname;
  return host.endsWith(F5XC_CONSOLE_HOST_SUFFIX) ? host.slice(0, -F5XC_CONSOLE_HOST_SUFFIX.length) : host;
}
