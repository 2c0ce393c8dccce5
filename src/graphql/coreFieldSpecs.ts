/** The field specs of the core's own upstream-backed fields: global object lookup. */
import { BadUserInputError } from '../errors.js';
import { fieldSpec, type FieldSpecTable } from './fieldSpec.js';
import { resolveNode, type NodeModel } from './resolveNode.js';
import { listOrgs, listProviders } from './listOrgs.js';

/** The most IDs `nodes(ids:)` takes at once. */
const MAX_NODES = 100;

/** Refuses more than {@link MAX_NODES} IDs. */
function checkNodeIds(ids: readonly string[]): readonly string[] {
  if (ids.length > MAX_NODES) {
    throw new BadUserInputError(`Argument "ids" must hold at most ${MAX_NODES} IDs, but got: ${ids.length}`, {
      argumentName: 'ids',
    });
  }
  return ids;
}

/**
 * `node(id:)` and `nodes(ids:)` (each looked-up object may cost an upstream read), and `orgs` (each
 * provider's org directory, loaded at most once per operation: not counted toward the cap).
 */
export const coreFieldSpecs: FieldSpecTable = [
  fieldSpec('Query.node', {
    upstreamWeight: 1,
    // A malformed ID is refused by that field alone (null, with its error), not by the operation.
    resolve: (_root, { id }, ctx) => resolveNode(ctx, id),
  }),
  fieldSpec('Query.nodes', {
    upstreamWeight: 1,
    parseArgs: ({ ids }) => checkNodeIds(ids),
    // One promise per ID: a failing or missing ID becomes null (with its error) without failing the others.
    resolve: (_root, ids, ctx) => ids.map((id) => resolveNode(ctx, id)) as Array<Promise<NodeModel>>,
  }),
  fieldSpec('Query.providers', {
    upstreamWeight: 0,
    resolve: (_root, _args, ctx) => listProviders(ctx),
  }),
  fieldSpec('Query.orgs', {
    upstreamWeight: 0,
    resolve: (_root, { provider }, ctx) => listOrgs(ctx, provider),
  }),
];
