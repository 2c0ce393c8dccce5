/** What the Fastly usage types are backed by (codegen.ts `mappers`). */
import type { UsageMetricDto } from './usageMetricsClient.js';

/** A product with its measurements, in month then usage-type order. */
export interface FastlyProductModel {
  productId: string;
  measurements: readonly FastlyMeasurementModel[];
}

/** A usage metric as fetched. */
export type FastlyMeasurementModel = UsageMetricDto;
