import { addMonths, formatMonth, startOfMonth } from '../../time/utcTime.js';

/**
 * The Fastly operation GraphiQL offers at first visit: the customer's last three months of usage by
 * product with each usage type's top services, the last invoices and the open period.
 */
export const FASTLY_EXAMPLE_QUERY = `# Fastly: usage by product, the services behind it, and invoices.
query FastlyUsage($start: Month!) {
  fastlyCustomer {
    name
    products(start: $start) {
      productId
      measurements {
        month
        usageType
        unit
        quantity
        services(first: 3) {
          totalCount
          nodes { serviceName usageUnits }
        }
      }
    }
    invoices(last: 3) {
      nodes { statementNumber billingStart total currency }
    }
    monthToDate { billingStart total lineItems { description amount } }
  }
}
`;

/** The example's variables: the three months up to the current one. */
export function fastlyExampleVariables(now: Date): { start: string } {
  return { start: formatMonth(addMonths(startOfMonth(now), -2)) };
}
