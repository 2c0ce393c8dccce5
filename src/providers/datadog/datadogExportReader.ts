import { MeterqlError } from '../../errors.js';
import type { ExportFailure, ExportReader } from '../../export/exportView.js';
import type { GatewayContext } from '../../gateway/context.js';
import { OutOfScopeError, orgScopeOf } from '../../security/orgScope.js';

/** An instant as the GraphQL `DateTime` scalar writes it (`2026-11-01T05:00:00Z`). */
export function exportInstant(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/**
 * An export reader over batches of rows read page by page: the first batch is read before it
 * returns, so a failure before any row rejects (the route answers it with an error status, never a
 * short file); a failure later ends the rows and is reported by `failures()` (the route then marks
 * the export incomplete). A consumer that stops early (a client that went away) closes `batches`,
 * which stops the upstream reads.
 */
export async function openExportReader<R>(batches: AsyncGenerator<readonly R[]>): Promise<ExportReader<R>> {
  let first = await batches.next();
  // Pages the view keeps nothing of are skipped, so "the first batch" is the first with rows.
  while (first.done !== true && first.value.length === 0) first = await batches.next();
  const failures: ExportFailure[] = [];
  return {
    failuresBeforeFirstRow: [],
    async *rows() {
      try {
        if (first.done === true) return;
        yield first.value;
        for (;;) {
          const next = await batches.next();
          if (next.done === true) return;
          if (next.value.length > 0) yield next.value;
        }
      } catch (error) {
        const code = error instanceof MeterqlError ? error.code : 'INTERNAL_SERVER_ERROR';
        failures.push({ source: 'DATADOG', code, message: error instanceof Error ? error.message : String(error) });
      } finally {
        await batches.return(undefined);
      }
    },
    failures: () => failures,
  };
}

/**
 * Refuses a caller whose org scope covers only some orgs: Datadog's exports read the whole account,
 * as the root fields they mirror do (DATADOG_WHOLE_ACCOUNT_FIELDS).
 */
export function refuseScopedCaller(ctx: GatewayContext, view: string): void {
  if (orgScopeOf(ctx.caller, 'datadog') !== null) {
    throw new OutOfScopeError(
      `/export/${view} reads every org of the account, but this caller may see only some of them: read them through its orgs in /graphql instead`,
    );
  }
}
