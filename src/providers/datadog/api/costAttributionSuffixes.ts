/**
 * The field suffixes the upstream documents for GetMonthlyCostAttribution `fields`
 * (`<billing_dimension>_<suffix>`), in the order `*` lists them per dimension: shared by the gateway
 * (which checks field names) and the simulator (which answers them).
 */
export const COST_ATTRIBUTION_SUFFIXES = [
  'on_demand_cost',
  'committed_cost',
  'total_cost',
  'percentage_in_org',
  'percentage_in_account',
] as const;

export type CostAttributionSuffix = (typeof COST_ATTRIBUTION_SUFFIXES)[number];
