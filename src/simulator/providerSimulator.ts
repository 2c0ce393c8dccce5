/**
 * The shapes every provider simulator shares on top of the kernel ({@link startSimServer}): its
 * start-up options and the running simulator (the kernel's server plus the world it serves).
 */
import type { SimServer, SimServerKnobs } from './simServer.js';

/** A provider simulator's start-up options; every field has a default. */
export interface ProviderSimulatorOptions extends SimServerKnobs {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0 (ephemeral). */
  port?: number;
  /** Default 'meterql'; all data, ids and tokens are a pure function of it (and of `now`). */
  seed?: string;
  /** The clock for DATA (floored to the hour). Default: the current time. */
  now?: Date;
}

/** A running provider simulator: the kernel's server and the deterministic world it serves. */
export interface ProviderSimulator<W> extends SimServer {
  readonly world: W;
}
