import { DAY_MS, floorToDay, formatHour } from '../../time/utcTime.js';

/** The example operation GraphiQL shows at first visit: a day of usage of every org. */
export const EXAMPLE_QUERY = `# meterql: one GraphQL API over your usage-metering APIs.
# Press the run button (or Ctrl-Enter). The Docs panel describes every type and field.

query OrgUsage($start: DateTime!, $end: DateTime) {
  account {
    name
    publicId
  }
  orgs {
    provider
    name
    publicId
    ... on DatadogOrg {
      region
      hourlyUsage(productFamilies: [infra_hosts, logs], start: $start, end: $end, first: 4) {
        edges {
          node {
            productFamily
            hour
            hosts: measurement(usageType: "host_count") { value }
            ingestedBytes: measurement(usageType: "ingested_events_bytes") { value }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}
`;

/** Variables for {@link EXAMPLE_QUERY}: the last full UTC day older than the 72 h data delay. */
export function exampleVariables(now: Date): { start: string; end: string } {
  const end = floorToDay(new Date(now.getTime() - 3 * DAY_MS));
  return { start: formatHour(new Date(end.getTime() - DAY_MS)), end: formatHour(end) };
}
