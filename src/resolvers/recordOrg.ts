import { Kind, type GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../context.js';
import type { OrgModel } from './models.js';

/** Org fields a record that names only `public_id` and `org_name` can answer by itself. */
const FROM_RECORD = new Set(['publicId', 'name', 'id', '__typename']);

/**
 * The `Org` of an upstream record that carries no region (cost attribution rows): the record's own
 * identity when the selection asks only for what it holds, otherwise the org directory's entry (one
 * cached lookup per operation), falling back to the record with an empty region.
 */
export async function recordOrg(
  publicId: string,
  name: string,
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<OrgModel> {
  const needsMore = info.fieldNodes.some((node) =>
    (node.selectionSet?.selections ?? []).some((s) => s.kind !== Kind.FIELD || !FROM_RECORD.has(s.name.value)),
  );
  const own: OrgModel = { publicId, name, region: '' };
  if (!needsMore) return own;
  return (await ctx.loaders.orgDirectory()).byPublicId.get(publicId) ?? own;
}
