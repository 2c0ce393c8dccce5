import type { Resolvers } from '../../../generated/graphql.js';
import { checkUsageSummaryArgs } from './summaryArgs.js';
import { findFigure, usageFigures } from './usageFigures.js';

const dateOrNull = (value: unknown): Date | null => {
  if (typeof value !== 'string') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
};

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
    startDate: ({ summary }) => dateOrNull(summary.start_date),
    endDate: ({ summary }) => dateOrNull(summary.end_date),
    lastUpdated: ({ summary }) => dateOrNull(summary.last_updated),
    totals: ({ summary }) => usageFigures(summary),
    figure: ({ summary }, { name }) => findFigure(summary, name),
    months: ({ summary, includeOrgDetails }) => summary.usage.map((month) => ({ month, includeOrgDetails })),
  },
  UsageSummaryMonth: {
    // The upstream writes `2026-02-01T00:00:00+00:00`; the Month scalar keeps its UTC month.
    month: ({ month }) => dateOrNull(month.date) ?? month.date,
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
    value: ({ value }) =>
      typeof value === 'bigint' || (typeof value === 'number' && Number.isInteger(value)) ? value : null,
    floatValue: ({ value }) => (value === null ? null : Number(value)),
  },
};
