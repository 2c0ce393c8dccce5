import type { NodeLoader } from '../../gateway/provider.js';
import { BadUserInputError } from '../../errors.js';
import { HOUR_MS, parseDateTime } from '../../time/utcTime.js';
import { resolveHourlyUsage } from './hourlyUsage/hourlyUsageField.js';
import { checkHourlyUsageArgs } from './hourlyUsage/hourlyUsageArgs.js';
import { openPlannedOrgViews } from './hourlyUsage/openPlannedOrgViews.js';
import { DATADOG_ORG_TYPE } from './orgs/orgResolvers.js';
import { maySeeOrg } from '../../security/orgScope.js';

/**
 * The Datadog types `node(id:)` fetches. An HourlyUsage is fetched again as a one-hour, one-family
 * view of its org, through the same loaders as connections, so several node lookups of one hour share
 * one upstream request.
 */
export const datadogNodeTypes: Readonly<Record<string, NodeLoader>> = {
  [DATADOG_ORG_TYPE]: async (ctx, publicId) => {
    openPlannedOrgViews(ctx);
    return (await ctx.providers.datadog.loaders.orgDirectory()).byPublicId.get(publicId) ?? null;
  },
  HourlyUsage: async (ctx, localId, id) => {
    const [publicId, family, hourText] = localId.split(':');
    const hour = hourText ? parseDateTime(hourText) : null;
    if (!publicId || !family || !hour) {
      throw new BadUserInputError(`Argument "id" is not a valid HourlyUsage ID: "${id}"`, { argumentName: 'id' });
    }
    // Another org's usage is not there for a caller that may not see that org.
    if (!maySeeOrg(ctx.caller, 'datadog', publicId)) return null;
    const req = checkHourlyUsageArgs(
      { start: hour, end: new Date(hour.getTime() + HOUR_MS), productFamilies: [family], first: 1 },
      ctx,
    );
    const connection = await resolveHourlyUsage(ctx, req, { kind: 'org', publicId });
    return connection.edges[0]?.node ?? null;
  },
};
