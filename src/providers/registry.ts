import type { Provider } from '../gateway/provider.js';
import { datadogProvider } from './datadog/datadogProvider.js';
import { f5xcProvider } from './f5xc/f5xcProvider.js';
import { fastlyProvider } from './fastly/fastlyProvider.js';

/**
 * Every provider meterql is built with, in the order they appear in the schema, the banner and
 * `providers`. Adding a provider is one line here (see README, "Adding a provider").
 */
export const PROVIDERS: readonly Provider[] = [datadogProvider, fastlyProvider, f5xcProvider];
