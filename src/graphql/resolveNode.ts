import type { GatewayContext } from '../gateway/context.js';
import { fromGlobalId } from './globalId.js';
import { parseDateTime, HOUR_MS } from '../time/utcTime.js';
import { BadUserInputError } from '../errors.js';
import type { HourlyUsageDto } from '../providers/datadog/hourlyUsage/hourlyUsageClient.js';
import type { OrgDto } from '../providers/datadog/orgs/orgDirectory.js';
import { resolveHourlyUsage } from '../providers/datadog/hourlyUsage/hourlyUsageField.js';
import { checkHourlyUsageArgs } from '../providers/datadog/hourlyUsage/hourlyUsageArgs.js';

/** What `node(id:)` returns, tagged for `Node.__resolveType`. */
export type NodeModel = (OrgDto & { __typename: 'Org' }) | (HourlyUsageDto & { __typename: 'HourlyUsage' });

/**
 * Fetches an object by global ID. An HourlyUsage is fetched again as a one-hour, one-family view of
 * its org, through the same loaders as connections, so several node lookups of one hour share one
 * upstream request.
 */
export async function resolveNode(ctx: GatewayContext, id: string): Promise<NodeModel | null> {
  const { type, localId } = fromGlobalId(id);
  switch (type) {
    case 'Org': {
      const org = (await ctx.loaders.orgDirectory()).byPublicId.get(localId);
      return org ? { ...org, __typename: 'Org' } : null;
    }
    case 'HourlyUsage': {
      const [publicId, family, hourText] = localId.split(':');
      const hour = hourText ? parseDateTime(hourText) : null;
      if (!publicId || !family || !hour) {
        throw new BadUserInputError(`Argument "id" is not a valid HourlyUsage ID: "${id}"`, { argumentName: 'id' });
      }
      const req = checkHourlyUsageArgs(
        { start: hour, end: new Date(hour.getTime() + HOUR_MS), productFamilies: [family], first: 1 },
        ctx,
      );
      const connection = await resolveHourlyUsage(ctx, req, { kind: 'org', publicId });
      const node = connection.edges[0]?.node;
      return node ? { ...node, __typename: 'HourlyUsage' } : null;
    }
  }
}
