import { checkDistinctOrAll } from '../../../graphql/argumentChecks.js';
import { PRODUCT_FAMILIES, PRODUCT_FAMILY_USAGE_TYPES } from '../api/productFamilies.js';
import { billedAggregation, type RollupAggregation } from '../api/usageTypeAggregations.js';

/** One usage type's billed aggregation (the GraphQL type `UsageTypeAggregation`). */
export interface UsageTypeAggregationModel {
  productFamily: string;
  usageType: string;
  aggregation: RollupAggregation;
}

/**
 * `usageRollupAggregations`: the billed aggregation of every usage type the catalog lists for the
 * given families (all when omitted; a list given but empty is refused), in catalog order. No upstream call.
 */
export function usageRollupAggregations(
  productFamilies: readonly string[] | null | undefined,
): UsageTypeAggregationModel[] {
  const families = checkDistinctOrAll('productFamilies', productFamilies, 'family');
  const wanted = families === null ? null : new Set(families);
  return PRODUCT_FAMILIES.filter((f) => wanted === null || wanted.has(f)).flatMap((productFamily) =>
    (PRODUCT_FAMILY_USAGE_TYPES[productFamily] ?? []).map((usageType) => ({
      productFamily,
      usageType,
      aggregation: billedAggregation(productFamily, usageType),
    })),
  );
}
