/**
 * A Datadog simulator in its own process for the bench, so its work (generating and serializing
 * pages) does not run on the gateway's event loop. Options come as JSON in argv[2]; it prints one
 * JSON line `{url, apiKey, appKey, now}` once listening and stops on SIGTERM.
 */
import { startSimulator, type SimulatorOptions } from '../src/providers/datadog/simulator/index.js';

const options = JSON.parse(process.argv[2] ?? '{}') as SimulatorOptions & { now?: string };
const sim = await startSimulator({ ...options, now: options.now === undefined ? undefined : new Date(options.now) });
process.stdout.write(
  `${JSON.stringify({
    url: sim.url,
    apiKey: sim.world.parent.apiKey,
    appKey: sim.world.parent.appKey,
    now: sim.world.now.toISOString(),
    orgs: sim.world.orgs.length,
  })}\n`,
);
process.once('SIGTERM', () => {
  void sim.stop().then(() => process.exit(0));
});
