import type { GatewayContext } from '../gateway/context.js';
import { connectionFromStream, type Connection, type ConnectionArgs } from '../pagination/connectionFromStream.js';
import type { RecordStream, StreamPage } from '../pagination/connectionFromStream.js';
import { connectionOptions } from '../pagination/connectionOptions.js';
import { passesFocusFilter, type FocusFilter } from './focusArgs.js';
import { focusParamsCodec } from './focusParams.js';
import type { FocusRow } from './focusRow.js';
import { FocusFailures, focusProviders, readFocusPage, type FocusFailure, type FocusProvider } from './focusSources.js';

/** `FocusChargeConnection`: a page of rows and the providers whose rows are missing. */
export type FocusChargeConnectionModel = Connection<FocusRow> & { failures: FocusFailure[] };

/**
 * The FOCUS view as a record stream: one segment per provider, in registry order, each the chain of
 * the provider's pages. A provider that fails yields no rows (from where it failed) and its failure
 * is recorded, so the other providers' rows stay intact.
 */
export function focusRecordStream(
  ctx: GatewayContext,
  filter: FocusFilter,
  providers: readonly FocusProvider[],
  failures: FocusFailures,
): RecordStream<FocusRow> {
  const paramsOf = providers.map((p) =>
    focusParamsCodec.encode({ provider: p.enumValue, start: filter.query.start, end: filter.query.end }),
  );
  const read = async (segment: number, cursor: string | null): Promise<StreamPage<FocusRow>> => {
    const provider = providers[segment];
    if (provider === undefined) throw new RangeError(`segment ${segment} of ${providers.length}`);
    const page = await readFocusPage(ctx, provider, filter.query, cursor, failures);
    return page === null ? { records: [], next: null } : { records: page.rows, next: page.next };
  };
  return {
    segmentCount: providers.length,
    async open(segment) {
      return { params: paramsOf[segment] as string, page: await read(segment, null) };
    },
    page: (segment, _params, cursor) => read(segment, cursor),
    include: (row) => passesFocusFilter(filter, row),
    paramsCodec: focusParamsCodec,
  };
}

/** The key cursors of one FOCUS read are bound to: its arguments and every provider's credentials scope. */
function focusViewKey(ctx: GatewayContext, filter: FocusFilter, providers: readonly FocusProvider[]): string {
  const scopes = providers.map((p) => [p.enumValue, p.source?.scope(ctx) ?? null]);
  return JSON.stringify(['focusCharges', filter, scopes]);
}

/** Resolves `Query.focusCharges`: the Relay connection over every selected provider's rows. */
export async function resolveFocusCharges(
  ctx: GatewayContext,
  filter: FocusFilter,
  page: ConnectionArgs,
): Promise<FocusChargeConnectionModel> {
  const providers = focusProviders(ctx, filter);
  const failures = new FocusFailures();
  const connection = await connectionFromStream(
    focusRecordStream(ctx, filter, providers, failures),
    page,
    connectionOptions(ctx, focusViewKey(ctx, filter, providers)),
  );
  return { ...connection, failures: failures.list() };
}
