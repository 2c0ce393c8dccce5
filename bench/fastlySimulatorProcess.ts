/**
 * A Fastly simulator in its own process for the bench, so its work (generating and serializing
 * pages) does not run on the gateway's event loop. Options come as JSON in argv[2]; it prints one
 * JSON line `{url, token, now}` (the primary customer's `Fastly-Key`) once listening and stops on
 * SIGTERM.
 */
import { startSimulator, type SimulatorOptions } from '../src/providers/fastly/simulator/index.js';

const options = JSON.parse(process.argv[2] ?? '{}') as SimulatorOptions & { now?: string };
const sim = await startSimulator({ ...options, now: options.now === undefined ? undefined : new Date(options.now) });
const primary = sim.world.customers[0];
if (primary === undefined) throw new Error('expected the Fastly simulator world to have a customer; it has none');
process.stdout.write(`${JSON.stringify({ url: sim.url, token: primary.token, now: sim.world.now.toISOString() })}\n`);
process.once('SIGTERM', () => {
  void sim.stop().then(() => process.exit(0));
});
