/** The human-readable startup text for `meterql simulate`. */
import { FASTLY_KEY_HEADER } from '../api/fastlyHeaders.js';
import { FASTLY_PATHS, type FastlyOperation } from '../api/fastlyPaths.js';
import type { Simulator } from './fastlySimulator.js';

/**
 * Returns (does not print) a multi-line text listing the simulator's URL, data clock, endpoints,
 * every customer with its id, services and token, and an example curl line using the primary
 * customer's token. Contains credentials of the simulated customers only: meant for a developer's
 * terminal, never for logs.
 */
export function printBanner(sim: Simulator): string {
  const { world } = sim;
  const primary = world.customers[0];
  const operations = Object.keys(FASTLY_PATHS) as FastlyOperation[];
  const width = Math.max(...operations.map((o) => FASTLY_PATHS[o].length));
  const start = world.customers[0]?.months.at(-3) ?? world.currentMonth;
  return [
    `Fastly simulator listening on ${sim.url}`,
    `  seed=${world.seed}  data clock (now)=${world.now.toISOString()}`,
    '',
    'Endpoints:',
    ...operations.map((o) => `  GET ${sim.url}${FASTLY_PATHS[o].padEnd(width)} (${o})`),
    `  GET ${sim.url}${'/_simulator/requests'.padEnd(width)} (request log, no auth)`,
    `  GET ${sim.url}/_simulator/health`,
    '',
    'Customers:',
    ...world.customers.map(
      (c) =>
        `  ${c.name.padEnd(18)} id=${c.id} services=${c.services.length} months=${c.months[0]}..${c.months.at(-1)}\n` +
        `    ${FASTLY_KEY_HEADER}: ${c.token}`,
    ),
    '',
    'Example:',
    `  curl -s -H '${FASTLY_KEY_HEADER}: ${primary?.token ?? ''}' \\`,
    `    '${sim.url}${FASTLY_PATHS.getUsageMetrics}?start_month=${start}&end_month=${world.currentMonth}'`,
    '',
  ].join('\n');
}
