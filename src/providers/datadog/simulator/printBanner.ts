/** The human-readable startup text for `npm run simulate`. */
import { formatHour } from '../../../time/utcTime.js';
import { ENDPOINTS, type Simulator } from './datadogSimulator.js';

/**
 * Returns (does not print) a multi-line text listing the simulator's URL, data clock, endpoints,
 * every org with its public id, region and keys, and an example curl line using the parent's keys.
 * Contains credentials of the simulated orgs only: meant for a developer's terminal, never for logs.
 */
export function printBanner(sim: Simulator): string {
  const { world } = sim;
  const parent = world.parent;
  const start = new Date(world.now.getTime() - 24 * 3_600_000);
  const width = Math.max(...Object.keys(ENDPOINTS).map((p) => p.length));
  const rows = world.orgs.map((org) => {
    const role = org.parentPublicId === null ? 'parent' : 'child ';
    return `  ${role} ${org.name.padEnd(14)} public_id=${org.publicId} region=${org.region}\n         DD-API-KEY=${org.apiKey}\n         DD-APPLICATION-KEY=${org.appKey}`;
  });
  return [
    `Datadog simulator listening on ${sim.url}`,
    `  seed=${world.seed}  data clock (now)=${world.now.toISOString()}`,
    '',
    'Endpoints:',
    ...Object.entries(ENDPOINTS).map(([path, e]) => `  GET ${sim.url}${path.padEnd(width)} (${e.operationId})`),
    `  GET ${sim.url}${'/_simulator/requests'.padEnd(width)} (request log, no auth)`,
    `  GET ${sim.url}/_simulator/health`,
    '',
    'Orgs:',
    ...rows,
    '',
    'Example:',
    `  curl -sg -H 'DD-API-KEY: ${parent.apiKey}' -H 'DD-APPLICATION-KEY: ${parent.appKey}' \\`,
    `    '${sim.url}/api/v2/usage/hourly_usage?filter[timestamp][start]=${formatHour(start)}&filter[product_families]=infra_hosts'`,
    '',
  ].join('\n');
}
