import type { Resolvers } from '../../../generated/graphql.js';
import { checkUsageSummaryArgs } from './summaryArgs.js';
import { findFigure, usageFigures } from './usageFigures.js';
import { timestampOrNull } from '../../../time/utcTime.js';
import { isJsonInteger, numberOrNull } from '../../../json/jsonNumber.js';

/** `usageSummary` and its types. */
export const usageSummaryResolvers: Resolvers = {
  Query: {
    usageSummary: async (_root, args, ctx) => {
      const req = checkUsageSummaryArgs(args, ctx.now);
      const summary = await ctx.loaders.summaries.usageSummary.load(req);
      return { summary, includeOrgDetails: req.includeOrgDetails };
    },
  },
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
