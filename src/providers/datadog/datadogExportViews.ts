import type { AnyExportView } from '../../export/exportView.js';
import { hourlyUsageAttributionExportView } from './attribution/hourlyUsageAttributionExportView.js';
import { monthlyUsageAttributionExportView } from './attribution/monthlyUsageAttributionExportView.js';
import { costsExportView } from './costs/costsExportView.js';
import { monthlyCostAttributionExportView } from './costs/monthlyCostAttributionExportView.js';

/** Datadog's export views (`GET /export/<name>.csv|.ndjson`), each mirroring the `Query` field of its name. */
export const datadogExportViews: readonly AnyExportView[] = [
  hourlyUsageAttributionExportView,
  monthlyUsageAttributionExportView,
  costsExportView,
  monthlyCostAttributionExportView,
];
