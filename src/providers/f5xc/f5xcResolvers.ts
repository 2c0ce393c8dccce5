import type { Resolvers } from '../../generated/graphql.js';
import { F5xcHourlyUsageConnection } from './hourlyUsage/hourlyUsageResolvers.js';
import { F5xcOrg } from './tenant/tenantResolvers.js';

/** The plain resolvers of schema/f5xc (its upstream-backed fields are f5xcFieldSpecs; the rest read their models). */
export const f5xcResolvers: Resolvers = {
  F5xcOrg,
  F5xcHourlyUsageConnection,
};
