/**
 * Every Datadog field that reaches the upstream, with its policy (graphql/fieldSpec.ts): how its
 * arguments are checked (the same parse for the plan plugin and the resolver), its weight in the
 * per-operation cap, its batching hints, and its resolver. The coordinates are written here and
 * nowhere else.
 */
import { fieldSpec, type FieldSpecTable } from '../../graphql/fieldSpec.js';
import { wholeAccountFields } from '../../security/orgScope.js';
import { PER_ORG_HOURLY_USAGE } from './datadogLoaders.js';
import { checkHourlyUsageArgs } from './hourlyUsage/hourlyUsageArgs.js';
import { resolveHourlyUsage } from './hourlyUsage/hourlyUsageField.js';
import { openPlannedOrgViews, plannedHourlyUsage } from './hourlyUsage/openPlannedOrgViews.js';
import { hourlyUsageCost } from './hourlyUsage/hourlyUsageCost.js';
import { knownOrg } from './orgs/orgResolvers.js';
import { recordOrg } from './orgs/recordOrg.js';
import {
  checkHourlyUsageAttributionArgs,
  resolveHourlyUsageAttribution,
} from './attribution/hourlyUsageAttributionField.js';
import {
  checkMonthlyUsageAttributionArgs,
  resolveMonthlyUsageAttribution,
} from './attribution/monthlyUsageAttributionField.js';
import { checkCostArgs } from './costs/costArgs.js';
import { resolveOrgCosts } from './costs/orgCostsField.js';
import { checkCostAttributionArgs } from './costs/costAttributionArgs.js';
import { resolveMonthlyCostAttribution } from './costs/costAttributionField.js';
import { checkFigureField, costAttributionFigure, rowValue } from './costs/costAttributionFigure.js';
import { checkBillableMonth } from './billableSummary/billableSummaryArgs.js';
import { checkUsageSummaryArgs } from './usageSummary/usageSummaryArgs.js';
import { checkNetworkFlowsWindow } from './networkFlows/networkFlowsArgs.js';
import { resolveBillableUsage } from './billableSummary/billableUsageResolvers.js';
import { resolveUsageSummary } from './usageSummary/usageSummaryResolvers.js';
import { checkTopAverageMetricsArgs } from './topAverageMetrics/topAverageMetricsArgs.js';
import { resolveTopAverageMetrics } from './topAverageMetrics/topAverageMetricsField.js';
import { checkUsageRollupArgs } from './rollup/usageRollupArgs.js';
import { resolveUsageRollup } from './rollup/usageRollupField.js';
import { usageRollupCost } from './rollup/usageRollupCost.js';
import { usageRollupAggregations } from './rollup/usageRollupAggregations.js';

/** Reads its own upstream data: counts toward the per-operation cap. */
const UPSTREAM = 1;
/** Reads only the org directory, loaded at most once per operation: not counted. */
const DIRECTORY = 0;

/** Datadog's field specs, before the whole-account fields are closed to scoped callers. */
const specs: FieldSpecTable = [
  // orgs: the org directory
  // Where per-org views start from, their hourly usage is opened beside the directory.
  fieldSpec('Query.account', {
    upstreamWeight: DIRECTORY,
    resolve: async (_root, _args, ctx) => {
      openPlannedOrgViews(ctx);
      const directory = await ctx.providers.datadog.loaders.orgDirectory();
      // The account org is shown only to a caller whose scope holds it.
      return directory.byPublicId.has(directory.account.publicId) ? directory.account : null;
    },
  }),
  fieldSpec('Query.org', {
    upstreamWeight: DIRECTORY,
    resolve: async (_root, { publicId }, ctx) => {
      openPlannedOrgViews(ctx);
      return (await ctx.providers.datadog.loaders.orgDirectory()).byPublicId.get(publicId) ?? null;
    },
  }),
  fieldSpec('DatadogOrg.isAccount', {
    upstreamWeight: DIRECTORY,
    resolve: async (org, _args, ctx) => (await knownOrg(org, ctx))?.isAccount ?? false,
  }),
  fieldSpec('DatadogOrg.parent', {
    upstreamWeight: DIRECTORY,
    resolve: async (org, _args, ctx) => {
      const parentId = (await knownOrg(org, ctx))?.parentPublicId;
      return parentId ? ((await ctx.providers.datadog.loaders.orgDirectory()).byPublicId.get(parentId) ?? null) : null;
    },
  }),
  fieldSpec('DatadogOrg.children', {
    upstreamWeight: DIRECTORY,
    resolve: async (org, _args, ctx) =>
      (await ctx.providers.datadog.loaders.orgDirectory()).orgs.filter((o) => o.parentPublicId === org.publicId),
  }),
  // Records that name only their org's public ID and name: the directory completes them when asked.
  fieldSpec('HourlyUsageAttribution.org', {
    upstreamWeight: DIRECTORY,
    resolve: (r, _args, ctx, info) => recordOrg(r.public_id, r.org_name, ctx, info, r.region),
  }),
  fieldSpec('MonthlyUsageAttribution.org', {
    upstreamWeight: DIRECTORY,
    resolve: (m, _args, ctx, info) => recordOrg(m.record.public_id, m.record.org_name, ctx, info, m.record.region),
  }),
  fieldSpec('MonthlyCostAttribution.org', {
    upstreamWeight: DIRECTORY,
    resolve: (r, _args, ctx, info) => recordOrg(r.public_id, r.org_name, ctx, info),
  }),
  fieldSpec('NetworkFlowsHour.org', {
    upstreamWeight: DIRECTORY,
    resolve: (h, _args, ctx, info) => recordOrg(h.public_id, h.org_name, ctx, info),
  }),

  // hourly usage
  fieldSpec('Query.hourlyUsage', {
    upstreamWeight: UPSTREAM,
    parseArgs: ({ includeDescendants, ...args }, ctx) =>
      plannedHourlyUsage(
        { ...checkHourlyUsageArgs(args, ctx), includeDescendants },
        includeDescendants ? 'descendants' : 'account',
      ),
    upstreamCost: (req, env) => hourlyUsageCost(req, req.includeDescendants ? 'descendants' : 'account', env),
    resolve: (_root, req, ctx) =>
      resolveHourlyUsage(
        ctx,
        req,
        req.includeDescendants ? { kind: 'descendants' } : { kind: 'account', publicId: null },
      ),
  }),
  fieldSpec('DatadogOrg.hourlyUsage', {
    upstreamWeight: UPSTREAM,
    // Per-org views start once the org directory is known: their windows are opened ahead, or the
    // first hourly batch waits for the directory.
    batchHints: [PER_ORG_HOURLY_USAGE],
    parseArgs: (args, ctx) => plannedHourlyUsage(checkHourlyUsageArgs(args, ctx), 'org'),
    upstreamCost: (req, env) => hourlyUsageCost(req, 'org', env),
    resolve: async (org, req, ctx) => {
      const isAccount = (await knownOrg(org, ctx))?.isAccount ?? false;
      return resolveHourlyUsage(
        ctx,
        req,
        isAccount ? { kind: 'account', publicId: org.publicId } : { kind: 'org', publicId: org.publicId },
      );
    },
  }),

  // rollups of hourly usage
  fieldSpec('Query.usageRollup', {
    upstreamWeight: UPSTREAM,
    parseArgs: checkUsageRollupArgs,
    upstreamCost: usageRollupCost,
    resolve: (_root, req, ctx) => resolveUsageRollup(ctx, req),
  }),
  fieldSpec('UsageRollupRow.org', {
    upstreamWeight: DIRECTORY,
    resolve: (row, _args, ctx, info) =>
      row.orgId === null ? null : recordOrg(row.orgId, row.orgName ?? '', ctx, info),
  }),
  // The catalog's billed aggregations: no upstream call.
  fieldSpec('Query.usageRollupAggregations', {
    upstreamWeight: 0,
    parseArgs: ({ productFamilies }) => usageRollupAggregations(productFamilies),
    resolve: (_root, rows) => rows,
  }),

  // usage attribution
  fieldSpec('Query.hourlyUsageAttribution', {
    upstreamWeight: UPSTREAM,
    parseArgs: ({ includeDescendants, ...args }, ctx) => ({
      ...checkHourlyUsageAttributionArgs(args, ctx),
      includeDescendants,
    }),
    resolve: (_root, req, ctx) =>
      resolveHourlyUsageAttribution(
        ctx,
        req,
        req.includeDescendants === false ? { kind: 'account', publicId: null } : { kind: 'descendants' },
      ),
  }),
  fieldSpec('DatadogOrg.hourlyUsageAttribution', {
    upstreamWeight: UPSTREAM,
    parseArgs: checkHourlyUsageAttributionArgs,
    resolve: (org, req, ctx) => resolveHourlyUsageAttribution(ctx, req, { kind: 'org', publicId: org.publicId }),
  }),
  fieldSpec('Query.monthlyUsageAttribution', {
    upstreamWeight: UPSTREAM,
    parseArgs: ({ includeDescendants, ...args }, ctx) => ({
      ...checkMonthlyUsageAttributionArgs(args, ctx),
      includeDescendants,
    }),
    resolve: (_root, req, ctx) =>
      resolveMonthlyUsageAttribution(
        ctx,
        req,
        req.includeDescendants === false ? { kind: 'account' } : { kind: 'descendants' },
      ),
  }),
  fieldSpec('DatadogOrg.monthlyUsageAttribution', {
    upstreamWeight: UPSTREAM,
    parseArgs: checkMonthlyUsageAttributionArgs,
    resolve: (org, req, ctx) => resolveMonthlyUsageAttribution(ctx, req, { kind: 'org', publicId: org.publicId }),
  }),
  fieldSpec('Query.usageAttributionTypes', {
    upstreamWeight: UPSTREAM,
    resolve: (_root, _args, ctx) => ctx.providers.datadog.loaders.attribution.types(),
  }),

  // costs, cost attribution, billing dimensions
  fieldSpec('Query.costs', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args, ctx) => checkCostArgs(args, args.view ?? 'SUB_ORG', ctx.now),
    resolve: (_root, req, ctx) => resolveOrgCosts(ctx, req),
  }),
  fieldSpec('DatadogOrg.costs', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args, ctx) => checkCostArgs(args, 'SUB_ORG', ctx.now),
    resolve: (org, req, ctx) => resolveOrgCosts(ctx, req, org.publicId),
  }),
  fieldSpec('Query.monthlyCostAttribution', {
    upstreamWeight: UPSTREAM,
    parseArgs: checkCostAttributionArgs,
    resolve: (_root, req, ctx) => resolveMonthlyCostAttribution(ctx, req),
  }),
  // A row's figure by field name: money and shares are read apart, the field checked before any call.
  fieldSpec('MonthlyCostAttribution.cost', {
    upstreamWeight: 0,
    parseArgs: ({ field }) => checkFigureField('cost', field),
    resolve: (r, field) => costAttributionFigure(field, rowValue(r.values, field)).cost,
  }),
  fieldSpec('MonthlyCostAttribution.percentage', {
    upstreamWeight: 0,
    parseArgs: ({ field }) => checkFigureField('percentage', field),
    resolve: (r, field) => costAttributionFigure(field, rowValue(r.values, field)).percentage,
  }),
  fieldSpec('Query.activeBillingDimensions', {
    upstreamWeight: UPSTREAM,
    resolve: (_root, _args, ctx) => ctx.providers.datadog.loaders.costs.activeBillingDimensions(),
  }),
  fieldSpec('Query.billingDimensionMapping', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args) => ({ month: args.month ?? null, view: args.view ?? null }),
    resolve: (_root, req, ctx) => ctx.providers.datadog.loaders.costs.billingDimensionMapping.load(req),
  }),

  // billable summary, usage summary, network flows
  fieldSpec('Query.billableSummary', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args, ctx) => checkBillableMonth(args, ctx.now),
    resolve: (_root, month, ctx) => resolveBillableUsage(month, ctx),
  }),
  fieldSpec('DatadogOrg.billableUsage', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args, ctx) => checkBillableMonth(args, ctx.now),
    resolve: async (org, month, ctx) =>
      (await resolveBillableUsage(month, ctx)).find((m) => m.row.public_id === org.publicId) ?? null,
  }),
  fieldSpec('Query.usageSummary', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args, ctx) => checkUsageSummaryArgs(args, ctx.now),
    resolve: (_root, req, ctx) => resolveUsageSummary(ctx, req),
  }),
  fieldSpec('Query.networkFlows', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args, ctx) => checkNetworkFlowsWindow(args, ctx.now),
    resolve: async (_root, window, ctx) =>
      window === null ? [] : ctx.providers.datadog.loaders.networkFlows.load(window),
  }),

  // top average metrics
  fieldSpec('Query.topAverageMetrics', {
    upstreamWeight: UPSTREAM,
    parseArgs: checkTopAverageMetricsArgs,
    resolve: (_root, req, ctx) => resolveTopAverageMetrics(ctx, req),
  }),
];

/**
 * The root fields that read the whole account at once (records of every org, or figures summed over
 * them): refused for a caller scoped to some orgs, who reads those orgs' data through them
 * (`DatadogOrg.hourlyUsage`, `.costs`, ...). `account`, `org` (the scoped directory), the attribution
 * type catalogue and the billing-dimension mapping (names, no figures) stay open.
 */
export const DATADOG_WHOLE_ACCOUNT_FIELDS: ReadonlySet<string> = new Set([
  'Query.hourlyUsage',
  'Query.usageRollup',
  'Query.hourlyUsageAttribution',
  'Query.monthlyUsageAttribution',
  'Query.costs',
  'Query.monthlyCostAttribution',
  'Query.activeBillingDimensions',
  'Query.billableSummary',
  'Query.usageSummary',
  'Query.networkFlows',
  'Query.topAverageMetrics',
]);

/** Datadog's field specs, merged with the core's and other providers' by mergeFieldSpecs. */
export const datadogFieldSpecs: FieldSpecTable = wholeAccountFields(specs, 'datadog', DATADOG_WHOLE_ACCOUNT_FIELDS);
