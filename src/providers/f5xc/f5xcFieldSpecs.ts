/**
 * Every F5 field that reaches the upstream, with its policy (graphql/fieldSpec.ts): how its
 * arguments are checked (the same parse for the plan plugin and the resolver), its weight in the
 * per-operation cap and its resolver.
 */
import { fieldSpec, type FieldSpecTable } from '../../graphql/fieldSpec.js';
import { orgScopeOf } from '../../security/orgScope.js';
import { checkConnectionArgs } from '../../pagination/checkConnectionArgs.js';
import { checkCurrentPeriodArgs } from './currentUsage/currentPeriodArgs.js';
import { resolveHourlyBreakdown } from './hourlyUsage/hourlyBreakdownField.js';
import { currentTenant, listNamespaces } from './tenant/tenantNamespaces.js';
import { checkF5xcFiguresInScope, maySeeF5xcOrg, visibleF5xcOrgs } from './tenant/tenantScope.js';
import { checkUsageArgs } from './usageDetails/usageArgs.js';
import { resolveUsage } from './usageDetails/usageField.js';

/** Reads its own upstream data: counts toward the per-operation cap. */
const UPSTREAM = 1;

/** F5's field specs, merged with the core's and other providers' by mergeFieldSpecs. */
export const f5xcFieldSpecs: FieldSpecTable = [
  fieldSpec('Query.f5xcTenant', {
    upstreamWeight: 0,
    resolve: (_root, _args, ctx) => {
      // A caller whose scope has no F5 org is not told whether F5 is configured for it at all.
      if (orgScopeOf(ctx.caller, 'f5xc')?.size === 0) return null;
      // The tenant is shown only to a caller whose scope holds it.
      const tenant = currentTenant(ctx);
      return maySeeF5xcOrg(ctx, tenant) ? tenant : null;
    },
  }),
  fieldSpec('F5xcOrg.children', {
    upstreamWeight: UPSTREAM,
    resolve: async (org, _args, ctx) => (org.isAccount ? visibleF5xcOrgs(ctx, await listNamespaces(ctx)) : []),
  }),
  fieldSpec('F5xcOrg.usage', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args, ctx) => checkUsageArgs(args, ctx),
    resolve: (org, window, ctx) => {
      checkF5xcFiguresInScope(ctx, org, 'usage');
      return resolveUsage(ctx, org, window);
    },
  }),
  fieldSpec('F5xcOrg.monthlyCharges', {
    upstreamWeight: UPSTREAM,
    resolve: (org, _args, ctx) => {
      checkF5xcFiguresInScope(ctx, org, 'monthlyCharges');
      return ctx.providers.f5xc.loaders.monthlyCharges.load(org.namespace);
    },
  }),
  fieldSpec('F5xcOrg.currentPeriod', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args, ctx) => checkCurrentPeriodArgs(args, ctx),
    resolve: (org, { start, end }, ctx) => {
      checkF5xcFiguresInScope(ctx, org, 'currentPeriod');
      return ctx.providers.f5xc.loaders.currentPeriod.load({ namespace: org.namespace, start, end });
    },
  }),
  fieldSpec('F5xcUsageItem.hourlyBreakdown', {
    upstreamWeight: UPSTREAM,
    parseArgs: (args, ctx) => checkConnectionArgs(args, ctx.cursorSecret),
    resolve: (item, page, ctx) => resolveHourlyBreakdown(ctx, item, page),
  }),
];
