import type { HourlyUsageConnectionResolvers, HourlyUsageResolvers } from '../../../generated/graphql.js';
import { toGlobalId } from '../../../graphql/globalId.js';
import { formatHour } from '../../../time/utcTime.js';
import { hourlyUsageInstant as instantOf } from './hourlyUsageInstant.js';

/** The local part of an HourlyUsage global ID: org, family and hour, enough to fetch it again. */
export function hourlyUsageLocalId(publicId: string, family: string, hour: Date): string {
  return `${publicId}:${family}:${formatHour(hour)}`;
}

export const HourlyUsage: HourlyUsageResolvers = {
  id: (r) =>
    toGlobalId('HourlyUsage', hourlyUsageLocalId(r.public_id, r.product_family, new Date(instantOf(r.timestamp)))),
  org: (r) => ({ publicId: r.public_id, name: r.org_name, region: r.region }),
  productFamily: (r) => r.product_family,
  hour: (r) => new Date(instantOf(r.timestamp)),
  measurements: (r) => r.measurements,
  measurement: (r, { usageType }) => r.measurements.find((m) => m.usage_type === usageType) ?? null,
};

export const HourlyUsageConnection: HourlyUsageConnectionResolvers = {
  nodes: (c) => c.edges.map((e) => e.node),
};
