import type { ConnectOptions, EmbeddedSimulator, ProviderMode, SharedSimulator, SimulateOptions } from './provider.js';

/** A provider's simulator started for the embedded default, with the credentials of its default account. */
export interface EmbeddedStart<C> {
  simulator: EmbeddedSimulator;
  credentials: C | null;
}

/** How a provider starts its simulator for the embedded default. */
export type StartEmbedded<C> = (settings: SimulateOptions) => Promise<EmbeddedStart<C>>;

/** Where a provider's requests go, with which configured credentials, as `connect` works it out. */
export interface ProviderReach<C> {
  mode: ProviderMode;
  /** The API's base URL (the simulator's when simulated); null when unconfigured. */
  baseUrl: string | null;
  /** The configured credentials, or the embedded simulator's default account's; null when none. */
  credentials: C | null;
  /** One line for the start-up banner. */
  banner: string;
  /** The simulator this process started, if it started one. */
  simulator: EmbeddedSimulator | null;
  /** Stops the simulator this process started, if any (the connection's `close`). */
  close(): Promise<void>;
}

/** What every provider's `connect` decides the same way, described by the provider. */
export interface ReachSpec<C> {
  /** e.g. `Fastly`. */
  displayName: string;
  /** Whether the configuration names an upstream (the provider's `isConfigured`). */
  configured: boolean;
  /** The configured base URL, else the vendor's own. */
  baseUrl: string;
  /** The configured credentials; null when none. */
  credentials: C | null;
  /** The variables that configure it, for the banner, e.g. `FASTLY_API_TOKEN`. */
  credentialVariables: string;
  startEmbedded: StartEmbedded<C>;
  /** Whether a shared simulator's hand-off carries credentials of this provider's shape. */
  isCredentials(value: unknown): value is C;
}

/** What a cluster worker gets of the simulator the primary runs: its URL and the default account's credentials. */
interface HandOff<C> {
  url: string;
  credentials: C | null;
}

function readHandOff<C>(spec: ReachSpec<C>, value: unknown): HandOff<C> {
  const v = (value ?? {}) as Partial<Record<keyof HandOff<C>, unknown>>;
  if (typeof v.url !== 'string' || !(v.credentials === null || spec.isCredentials(v.credentials))) {
    throw new Error(
      `${spec.displayName}'s shared simulator hand-off must be { url, credentials } with its credentials, but got: ${typeof value}`,
    );
  }
  return { url: v.url, credentials: v.credentials };
}

/**
 * Decides how a provider is reached, the same for every provider: its configured upstream; when
 * nothing is configured and the gateway runs the embedded default, a simulator (started here, or the
 * one a cluster primary runs for every worker); else nothing (`unconfigured`: requests may still
 * bring their own credentials).
 */
export async function reachProvider<C>(spec: ReachSpec<C>, options: ConnectOptions): Promise<ProviderReach<C>> {
  const { displayName } = spec;
  if (spec.configured) {
    return {
      mode: 'real',
      baseUrl: spec.baseUrl,
      credentials: spec.credentials,
      banner: `${displayName}: ${spec.baseUrl}`,
      simulator: null,
      close: nothingToClose,
    };
  }
  if (!options.embedded) {
    return {
      mode: 'unconfigured',
      baseUrl: null,
      credentials: null,
      banner: `${displayName}: not configured (set ${spec.credentialVariables})`,
      simulator: null,
      close: nothingToClose,
    };
  }
  let reached: HandOff<C> & { simulator: EmbeddedSimulator | null };
  if (options.sharedSimulator !== undefined) {
    // A cluster worker: the primary runs the one simulator every worker reaches.
    reached = { ...readHandOff(spec, options.sharedSimulator), simulator: null };
  } else {
    const { simulator, credentials } = await spec.startEmbedded({
      host: '127.0.0.1',
      port: 0,
      seed: options.simulator.seed,
      ...(options.simulator.now !== null ? { now: options.simulator.now } : {}),
      latencyMs: options.simulator.latencyMs,
    });
    reached = { url: simulator.url, credentials, simulator };
  }
  return {
    mode: 'simulated',
    baseUrl: reached.url,
    credentials: reached.credentials,
    banner: `embedded ${displayName} simulator: ${reached.url}  (no ${spec.credentialVariables} set)`,
    simulator: reached.simulator,
    close: async () => {
      await reached.simulator?.stop();
    },
  };
}

const nothingToClose = (): Promise<void> => Promise.resolve();

/** Starts a provider's simulator once for a cluster (`Provider.startSharedSimulator`), with its hand-off. */
export async function shareSimulator<C>(
  startEmbedded: StartEmbedded<C>,
  settings: SimulateOptions,
): Promise<SharedSimulator> {
  const { simulator, credentials } = await startEmbedded(settings);
  const handOff: HandOff<C> = { url: simulator.url, credentials };
  return { url: simulator.url, handOff, stop: () => simulator.stop() };
}
