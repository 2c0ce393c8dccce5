import type { IncomingHttpHeaders } from 'node:http';
import type { Resolvers } from '../generated/graphql.js';
import type { FieldSpecTable } from '../graphql/fieldSpec.js';
import type { UpstreamHttp } from '../upstream/http.js';
import type { UpstreamPolicy } from '../upstream/upstreamPolicy.js';
import type { FocusSource } from '../focus/focusSource.js';
import type { AnyExportView } from '../export/exportView.js';
import type { GatewayContext } from './context.js';
import type { Caller } from '../security/caller.js';

/**
 * The contract between meterql's provider-neutral core and one upstream vendor (Datadog, Fastly,
 * F5 XC, ...). Everything about a vendor lives in its folder `src/providers/<name>/` and reaches the
 * core only through this interface; the registry (`src/providers/registry.ts`) lists the providers
 * and the composition root (`src/main.ts`) hands them to `loadConfig` and `createGateway`.
 */
export interface Provider<C = unknown> {
  /** Stable lowercase id used in metrics, logs, errors and `config.providers`, e.g. `datadog`. */
  readonly name: string;
  /** The provider's value of the GraphQL enum `ProviderName`, e.g. `DATADOG`. */
  readonly enumValue: string;
  /** Human name for banners and docs, e.g. `Datadog`. */
  readonly displayName: string;
  /** The GraphQL object type of its orgs (implements `Org`), e.g. `DatadogOrg`. */
  readonly orgTypeName: string;
  /**
   * The ID a caller's org scope names one of its org models by (`Caller.orgScope`), e.g. a Datadog
   * org's public ID: the core shows a caller only orgs whose ID is in its scope (`orgs`, `node(id:)`).
   */
  orgScopeId(org: object): string;
  /**
   * How the shared upstream client treats this provider's requests: freshness, rate-limit headers,
   * cacheable methods, and the headers that carry its credentials (redacted from every log line).
   */
  readonly httpPolicy: UpstreamPolicy;
  /** SDL documents of the provider's types (extending `Query`, implementing `Org`, adding a `ProviderName` value). */
  readonly typeDefs: readonly string[];
  /** The plain resolvers of those types (answered from their parent, no upstream call). */
  readonly resolvers: Resolvers;
  /**
   * Every field of those types that reaches the upstream, with its policy: argument checks (run
   * before execution and by its resolver), weight in the per-operation cap, batching hints, resolver.
   */
  readonly fieldSpecs: FieldSpecTable;
  /**
   * Object types `node(id:)` can fetch, by type name: each loads the object for the local part of a
   * global ID (null when it does not exist for these credentials). The type names must be the
   * provider's own (unique across providers).
   */
  readonly nodeTypes: Readonly<Record<string, NodeLoader>>;
  /**
   * Reads the provider's configuration from the environment; throws `ConfigError` naming the first
   * wrong variable. Never fails for variables that are simply unset.
   */
  readConfig(env: NodeJS.ProcessEnv): C;
  /** Whether the configuration names an upstream (credentials or a base URL) rather than nothing. */
  isConfigured(config: C): boolean;
  /**
   * Connects the provider for the gateway's lifetime: to the configured upstream; when it is not
   * configured, to an embedded simulator it starts on loopback if `options.embedded` (the demo default,
   * when no provider at all is configured), else to nothing (mode `unconfigured`).
   */
  connect(config: C, options: ConnectOptions): Promise<ProviderConnection>;
  /**
   * The provider's charges as FOCUS 1.2 rows (`Query.focusCharges`, `focusSummary`, `/export/focus.*`);
   * a provider without it is left out of the FOCUS view. See src/focus/focusSource.ts.
   */
  readonly focus?: FocusSource;
  /**
   * The provider's own export views, served at `GET /export/<name>.csv|.ndjson` beside the core's
   * (`focus`); names must be unique across providers and the core. See src/export/exportView.ts.
   */
  readonly exports?: readonly AnyExportView[];
  /** The operation of the provider's GraphiQL tab (after the cross-provider FOCUS spend tab, when there is one). */
  example?(now: Date): { query: string; variables: Record<string, unknown> };
  /** Runs the provider's simulator on its own (`meterql simulate`); resolves once it listens. */
  simulate(options: SimulateOptions): Promise<StandaloneSimulator>;
  /**
   * Starts the embedded simulator once for a cluster of gateway processes (`METERQL_WORKERS` > 1 with
   * no provider configured): the primary runs it and hands its `handOff` to every worker, whose
   * `connect` gets it as `options.sharedSimulator` and reaches that simulator instead of starting its
   * own, so every worker sees one simulated world. A provider without it gets one simulator per worker.
   */
  startSharedSimulator?(options: SimulateOptions): Promise<SharedSimulator>;
}

/** An embedded simulator the cluster primary runs for all workers. */
export interface SharedSimulator extends EmbeddedSimulator {
  /**
   * What a worker's `connect` needs to reach it (its URL and the keys of its default account), as
   * plain JSON: it travels to the workers in their environment.
   */
  readonly handOff: unknown;
}

/** Where and how `meterql simulate` runs a provider's simulator. */
export interface SimulateOptions {
  host: string;
  port: number;
  seed: string;
  now?: Date;
  latencyMs: number;
}

/** A provider's simulator running on its own. */
export interface StandaloneSimulator extends EmbeddedSimulator {
  /** What to print at start-up: the URL, endpoints, keys and an example request. */
  readonly banner: string;
}

/** Loads one object of a node type by the local part of its global ID. */
export type NodeLoader = (ctx: GatewayContext, localId: string, id: string) => Promise<object | null>;

/** What `connect` gets from the gateway. */
export interface ConnectOptions {
  /** Start an embedded simulator when the provider is not configured. */
  embedded: boolean;
  /** Settings for an embedded simulator (`METERQL_SIM_*`). */
  simulator: { seed: string; now: Date | null; latencyMs: number };
  /**
   * In a cluster worker, when `embedded`: the `handOff` of the simulator the primary started with
   * `startSharedSimulator`, to be reached instead of starting one (the connection's mode is still
   * `simulated`; its `simulator` is null, as this process did not start it).
   */
  sharedSimulator?: unknown;
}

/** How a provider is reached: its real API, an embedded simulator, or not at all. */
export type ProviderMode = 'real' | 'simulated' | 'unconfigured';

/** A connected provider: what the gateway needs of it for every request and at shutdown. */
export interface ProviderConnection {
  readonly mode: ProviderMode;
  /** Where its API is (the simulator's URL when simulated); null when unconfigured. */
  readonly baseUrl: string | null;
  /** One line for the start-up banner, e.g. `embedded Datadog simulator: http://127.0.0.1:1234`. */
  readonly banner: string;
  /** The embedded simulator, when one was started (tests and the banner use it). */
  readonly simulator: EmbeddedSimulator | null;
  /**
   * The provider's per-operation state (credentials scope, loaders), built lazily the first time a
   * resolver asks for it through `ctx.providers`.
   */
  createRequestState(request: ProviderRequest): unknown;
  /** Lists the orgs the request's credentials can see (for `Query.orgs`). */
  listOrgs(ctx: GatewayContext): Promise<readonly object[]>;
  /** Releases what `connect` started (the embedded simulator). */
  close(): Promise<void>;
}

/** A simulator a provider started for the embedded default. */
export interface EmbeddedSimulator {
  readonly url: string;
  stop(): Promise<void>;
}

/** What a provider's per-operation state is built from. */
export interface ProviderRequest {
  /** The upstream client, as a view that reports each answer's freshness to the operation. */
  http: UpstreamHttp;
  headers: IncomingHttpHeaders;
  /**
   * Who is calling: a provider uses its configured credentials only for a caller whose
   * `configuredCredentials` admit it (callerMayUseConfigured), and shows only orgs in its scope.
   */
  caller: Caller;
  /** The operation's clock. Reading it marks the operation's answer as depending on the hour. */
  readonly now: Date;
  /** Wall time (ms) by which every upstream call of the operation must be answered. */
  deadline: number;
  /** `no-cache` when the client asked not to be answered from the page cache. */
  cache: 'default' | 'no-cache';
  /** Whether bulk reads may read ahead of what the client asked for (only for a trusted caller). */
  bulkReadAhead: boolean;
  /** Batching hints of the fields the operation selects (field specs' `batchHints`), filled in before execution. */
  batchHints: ReadonlySet<string>;
}
