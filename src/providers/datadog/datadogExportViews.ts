import type { AnyExportView } from '../../export/exportView.js';
import { hourlyUsageAttributionExportView } from './attribution/hourlyUsageAttributionExportView.js';
import { monthlyUsageAttributionExportView } from './attribution/monthlyUsageAttributionExportView.js';
import { costsExportView } from './costs/costsExportView.js';
import { monthlyCostAttributionExportView } from './costs/monthlyCostAttributionExportView.js';
import { hourlyUsageExportView } from './hourlyUsage/hourlyUsageExportView.js';
import { usageRollupExportView } from './rollup/usageRollupExportView.js';

/** Datadog's export views (`GET /export/<name>.csv|.ndjson`), each mirroring the `Query` field of its name. */
export const datadogExportViews: readonly AnyExportView[] = [
  hourlyUsageExportView,
  usageRollupExportView,
  hourlyUsageAttributionExportView,
  monthlyUsageAttributionExportView,
  costsExportView,
  monthlyCostAttributionExportView,
];
