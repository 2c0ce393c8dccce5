import { addMonths, formatMonth, startOfMonth } from '../time/utcTime.js';

/**
 * The operation GraphiQL opens with (its first tab): spend across every provider in the FOCUS view,
 * the last three billing periods by provider and service category, and a first page of rows.
 */
export const FOCUS_EXAMPLE_QUERY = `# Spend across every provider, as FinOps FOCUS 1.2 rows
# (the same rows stream from /export/focus.csv?billingPeriodStart=...).
query CrossProviderSpend($start: Month!, $end: Month!) {
  focusSummary(
    groupBy: [PROVIDER, BILLING_PERIOD, SERVICE_CATEGORY]
    billingPeriodStart: $start
    billingPeriodEnd: $end
  ) {
    groups {
      providerName
      billingPeriodStart
      serviceCategory
      billedCost
      billingCurrency
      rowCount
    }
    failures { provider code message }
  }
  focusCharges(billingPeriodStart: $start, billingPeriodEnd: $end, first: 10) {
    nodes {
      providerName
      billingAccountId
      subAccountName
      billingPeriodStart
      serviceName
      serviceCategory
      chargeCategory
      billedCost
      billingCurrency
    }
    pageInfo { hasNextPage endCursor }
    failures { provider message }
  }
}
`;

/** The example's variables: the last two closed periods and the current one. */
export function focusExampleVariables(now: Date): { start: string; end: string } {
  const current = startOfMonth(now);
  return { start: formatMonth(addMonths(current, -2)), end: formatMonth(addMonths(current, 1)) };
}
