import type DataLoader from 'dataloader';
import type { StreamPage } from '../../../pagination/connectionFromStream.js';
import type { MonthlyUsageAttributionDto, UsageAttributionAggregateDto } from './monthlyUsageAttributionClient.js';
import { monthlyAttributionParamsCodec, type MonthlyAttributionParams } from './attributionParams.js';
import { createBatchLoader } from '../../../loaders/createBatchLoader.js';
import type { PageKey } from '../../../loaders/createPageLoader.js';

/** One upstream page of monthly attribution, with the response's aggregates. */
export interface MonthlyAttributionPage extends StreamPage<MonthlyUsageAttributionDto> {
  aggregates: readonly UsageAttributionAggregateDto[];
}

export type MonthlyAttributionPageLoader = DataLoader<PageKey, MonthlyAttributionPage, string>;

/** What one monthly attribution view asks to open: every parameter, and its own fields (null: all). */
export interface MonthlyAttributionOpenKey {
  params: Omit<MonthlyAttributionParams, 'fields'>;
  /** Sorted, de-duplicated field names; null for every field. */
  fields: readonly string[] | null;
}

/** The stream a view was opened on: the upstream params (with the merged fields) and its first page. */
export interface OpenedMonthlyAttribution {
  params: string;
  page: MonthlyAttributionPage;
}

export type MonthlyAttributionOpenLoader = DataLoader<MonthlyAttributionOpenKey, OpenedMonthlyAttribution, string>;

/** Everything of a key but its fields: the views sharing it can share one request. */
function baseKey(key: MonthlyAttributionOpenKey): string {
  return monthlyAttributionParamsCodec.encode({ ...key.params, fields: [] });
}

/**
 * Opens monthly attribution streams, merging the views of one tick that differ only in `fields` into
 * one upstream request for the union of their fields (`*` when any view wants every field). The
 * records of a response do not depend on `fields` (one per month, org and tag row, ordered by the
 * same sort), so every merged view reads exactly its records; each shows only its own fields.
 */
export function createMonthlyAttributionOpenLoader(pages: MonthlyAttributionPageLoader): MonthlyAttributionOpenLoader {
  return createBatchLoader(
    async (keys) => {
      const groups = new Map<string, number[]>();
      keys.forEach((key, i) => groups.set(baseKey(key), [...(groups.get(baseKey(key)) ?? []), i]));
      const results = new Array<OpenedMonthlyAttribution | Error>(keys.length);
      await Promise.all(
        [...groups.values()].map(async (members) => {
          const group = members.map((i) => keys[i] as MonthlyAttributionOpenKey);
          const fields = group.some((k) => k.fields === null)
            ? ['*']
            : [...new Set(group.flatMap((k) => k.fields ?? []))].sort();
          const params = monthlyAttributionParamsCodec.encode({
            ...(group[0] as MonthlyAttributionOpenKey).params,
            fields,
          });
          try {
            const page = await pages.load({ params, cursor: null });
            for (const i of members) results[i] = { params, page };
          } catch (err) {
            for (const i of members) results[i] = err as Error;
          }
        }),
      );
      return results;
    },
    (key) => `${baseKey(key)}#${key.fields?.join(',') ?? '*'}`,
  );
}
