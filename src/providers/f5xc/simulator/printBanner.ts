/** The human-readable startup text for `meterql simulate`. */
import { f5xcAuthorization, F5XC_AUTH_HEADER } from '../api/f5xcHeaders.js';
import { F5XC_PATHS, SYSTEM_NAMESPACE, f5xcPath, type F5xcOperation } from '../api/f5xcPaths.js';
import type { Simulator } from './f5xcSimulator.js';

/**
 * Returns (does not print) a multi-line text listing the simulator's URL, data clock, operations,
 * the tenant's namespaces, its tokens and an example curl line. Contains credentials of the
 * simulated tenant only: meant for a developer's terminal, never for logs.
 */
export function printBanner(sim: Simulator): string {
  const { world } = sim;
  const admin = world.principals[0];
  const operations = Object.keys(F5XC_PATHS) as F5xcOperation[];
  const width = Math.max(...operations.map((o) => F5XC_PATHS[o].length));
  return [
    `F5 Distributed Cloud simulator listening on ${sim.url}`,
    `  seed=${world.seed}  data clock (now)=${world.now.toISOString()}  tenant=${world.tenant}`,
    '',
    'Operations (POST, JSON body):',
    ...operations.map((o) => `  POST ${sim.url}${F5XC_PATHS[o].padEnd(width)} (${o})`),
    `  GET  ${sim.url}/_simulator/requests (request log, no auth)`,
    '',
    `Namespaces: ${[SYSTEM_NAMESPACE, ...world.namespaces.map((n) => n.name)].join(', ')}`,
    'Tokens:',
    ...world.principals.map(
      (p) =>
        `  ${p.id.padEnd(14)} ${p.namespaces === 'all' ? 'every namespace' : p.namespaces.join(', ')}\n` +
        `    ${F5XC_AUTH_HEADER}: ${f5xcAuthorization(p.token)}`,
    ),
    '',
    'Example:',
    `  curl -s -X POST -H '${F5XC_AUTH_HEADER}: ${f5xcAuthorization(admin?.token ?? '')}' \\`,
    `    -H 'content-type: application/json' -d '{"namespace":"${SYSTEM_NAMESPACE}"}' \\`,
    `    '${sim.url}${f5xcPath('ListMonthlyUsage', SYSTEM_NAMESPACE)}'`,
    '',
  ].join('\n');
}
