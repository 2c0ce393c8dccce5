import type { Resolvers } from '../../../generated/graphql.js';
import type { GatewayContext } from '../../../gateway/context.js';
import type { UsageSummaryArgs } from './usageSummaryArgs.js';
import type { UsageSummaryModel } from './usageSummaryModels.js';
import { findFigure, usageFigures } from './usageFigures.js';
import { timestampOrNull } from '../../../time/utcTime.js';
import { isJsonInteger, numberOrNull } from '../../../json/jsonNumber.js';

/** The usage summary of checked arguments (checkUsageSummaryArgs): one upstream call per distinct request. */
export async function resolveUsageSummary(ctx: GatewayContext, req: UsageSummaryArgs): Promise<UsageSummaryModel> {
  const summary = await ctx.providers.datadog.loaders.usageSummary.load(req);
  return { summary, includeOrgDetails: req.includeOrgDetails };
}

/** The types of `usageSummary`. */
export const usageSummaryResolvers: Resolvers = {
  UsageSummary: {
    startDate: ({ summary }) => timestampOrNull(summary.start_date),
    endDate: ({ summary }) => timestampOrNull(summary.end_date),
    lastUpdated: ({ summary }) => timestampOrNull(summary.last_updated),
    totals: ({ summary }) => usageFigures(summary),
    figure: ({ summary }, { name }) => findFigure(summary, name),
    months: ({ summary, includeOrgDetails }) => summary.usage.map((month) => ({ month, includeOrgDetails })),
  },
  UsageSummaryMonth: {
    // The upstream writes `2026-02-01T00:00:00+00:00`; the Month scalar keeps its UTC month.
    month: ({ month }) => timestampOrNull(month.date) ?? month.date,
    figures: ({ month }) => usageFigures(month),
    figure: ({ month }, { name }) => findFigure(month, name),
    orgs: ({ month, includeOrgDetails }) => (includeOrgDetails ? month.orgs : null),
  },
  UsageSummaryOrg: {
    org: (o) => ({ publicId: o.public_id, name: o.name, region: o.region }),
    figures: (o) => usageFigures(o),
    figure: (o, { name }) => findFigure(o, name),
  },
  UsageFigure: {
    name: ({ name }) => name,
    value: ({ value }) => (isJsonInteger(value) ? value : null),
    floatValue: ({ value }) => numberOrNull(value),
  },
};
