import { Kind, type GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../../../gateway/context.js';
import type { OrgModel } from './orgModels.js';

/** Org fields a record that names only `public_id` and `org_name` can answer by itself. */
const FROM_RECORD = new Set(['publicId', 'name', 'id', '__typename']);

/**
 * The `Org` of an upstream record that names only its org's `public_id` and `org_name` (and `region`
 * when the upstream sends it: attribution rows may, cost attribution rows and network flows do not): the
 * record's own identity when the selection asks only for what it holds, otherwise the org directory's
 * entry (one cached lookup per operation), falling back to the record with an empty region when the
 * directory has no such org or cannot be read (child-org keys).
 */
export async function recordOrg(
  publicId: string,
  name: string,
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  region: string | null = null,
): Promise<OrgModel> {
  const own: OrgModel = { publicId, name, region: region ?? '' };
  const needsMore = info.fieldNodes.some((node) =>
    (node.selectionSet?.selections ?? []).some(
      (s) =>
        s.kind !== Kind.FIELD || !(FROM_RECORD.has(s.name.value) || (region !== null && s.name.value === 'region')),
    ),
  );
  if (!needsMore) return own;
  // The directory needs parent-org keys; with others the record's own identity is what there is.
  const directory = await ctx.providers.datadog.loaders.orgDirectory().catch(() => null);
  return directory?.byPublicId.get(publicId) ?? own;
}
