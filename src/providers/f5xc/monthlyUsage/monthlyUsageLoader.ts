import type DataLoader from 'dataloader';
import { createKeyLoader } from '../../../loaders/createKeyLoader.js';
import type { F5xcApi } from '../f5xcApi.js';
import { fetchMonthlyCharges, type F5xcMonthlyChargeRecord } from './monthlyUsageClient.js';

/** Monthly charges by namespace: one upstream request per namespace in an operation. */
export type MonthlyChargesLoader = DataLoader<string, F5xcMonthlyChargeRecord[], string>;

/** Builds the operation's monthly-charges loader. */
export function createMonthlyChargesLoader(api: F5xcApi): MonthlyChargesLoader {
  return createKeyLoader(
    (namespace: string) => fetchMonthlyCharges(api, namespace),
    (namespace) => namespace,
  );
}
