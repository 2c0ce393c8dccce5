import { HOUR_MS, floorToHour } from '../../time/utcTime.js';

/**
 * The F5 operation GraphiQL offers: the tenant's namespaces, a day of usage with the first hours of
 * each item's breakdown, the closed months' charges and the open period.
 */
export const F5XC_EXAMPLE_QUERY = `# F5 Distributed Cloud: usage by namespace, its hours, and charges.
query F5xcUsage($start: DateTime!) {
  f5xcTenant {
    name
    children { name namespace }
    usage(start: $start) {
      namespace
      objectName
      usageType
      quantity
      unit
      hourlyBreakdown(first: 3) {
        totalCount
        nodes { start quantity }
      }
    }
    monthlyCharges { start amount currency }
    currentPeriod {
      totalCost
      discount
      coupons { title discountType discountValue }
      charges { usageType quantity billableQuantity billableUnit amount }
    }
  }
}
`;

/** The example's variables: the last 24 hours. */
export function f5xcExampleVariables(now: Date): { start: string } {
  return { start: new Date(floorToHour(now).getTime() - 24 * HOUR_MS).toISOString() };
}
