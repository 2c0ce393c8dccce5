import type { GatewayContext } from '../../../gateway/context.js';
import type { ProductsRequest } from './productsArgs.js';
import type { FastlyProductModel } from './usageMetricsModels.js';
import type { UsageMetricDto } from './usageMetricsClient.js';

/** Orders text by code unit (the same in every locale). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders measurements by month, then usage type, then region. */
function byMonthThenType(a: UsageMetricDto, b: UsageMetricDto): number {
  return (
    a.month.getTime() - b.month.getTime() ||
    compareText(a.usageType, b.usageType) ||
    compareText(a.region ?? '', b.region ?? '')
  );
}

/**
 * Resolves `FastlyOrg.products`: the months' usage metrics (through the operation's usage-metrics
 * loader, which plans the fewest upstream requests for every month the operation asks for) grouped
 * by product, products by ID. Any month that cannot be read fails the field, with its error.
 */
export async function resolveProducts(ctx: GatewayContext, req: ProductsRequest): Promise<FastlyProductModel[]> {
  const loaded = await ctx.providers.fastly.loaders.usageMetrics.loadMany(req.months);
  const byProduct = new Map<string, UsageMetricDto[]>();
  for (const rows of loaded) {
    if (rows instanceof Error) throw rows;
    for (const row of rows) {
      if (req.productIds !== null && !req.productIds.includes(row.productId)) continue;
      if (req.usageTypes !== null && !req.usageTypes.includes(row.usageType)) continue;
      let list = byProduct.get(row.productId);
      if (list === undefined) byProduct.set(row.productId, (list = []));
      list.push(row);
    }
  }
  return [...byProduct.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([productId, rows]) => ({ productId, measurements: rows.sort(byMonthThenType) }));
}
