/** The GraphQL operations the scenarios send. */
import { BI_FAMILIES } from './benchSettings.js';

export const DASHBOARD_FAMILIES = ['infra_hosts', 'logs', 'indexed_spans'] as const;

/** The dashboard: 100 records of 3 families across every org (one upstream page). */
export const DASHBOARD_QUERY = `query Dashboard($start: DateTime!, $end: DateTime!) {
  hourlyUsage(productFamilies: [${DASHBOARD_FAMILIES.join(', ')}], start: $start, end: $end, includeDescendants: true, first: 100) {
    nodes { org { publicId name } productFamily hour measurements { usageType value } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Per-org usage: every org with its own hourly usage of two families. */
export const PER_ORG_QUERY = `query PerOrgUsage($start: DateTime!, $end: DateTime!) {
  orgs {
    publicId
    name
    ... on DatadogOrg {
      hourlyUsage(productFamilies: [infra_hosts, logs], start: $start, end: $end, first: 100) {
        nodes { productFamily hour measurements { usageType value } }
      }
    }
  }
}`;

/** One page of a BI pull: every org, the five BI families, 1,000 records a page. */
export const BI_PULL_QUERY = `query Pull($start: DateTime!, $end: DateTime!, $after: String) {
  hourlyUsage(includeDescendants: true, productFamilies: [${BI_FAMILIES.join(', ')}], start: $start, end: $end, first: 1000, after: $after) {
    nodes { org { publicId } productFamily hour measurements { usageType value } }
    pageInfo { hasNextPage endCursor }
  }
}`;
