/**
 * Who is calling the gateway, as its authentication established it (METERQL_AUTH). Everything that
 * limits, scopes or labels by client reads this, never the raw credential.
 */
export interface Caller {
  /** A stable, non-secret id of the tenant or token (what limits, logs and metrics are keyed by). */
  readonly id: string;
  /**
   * Whether the operator trusts this caller with what costs the upstream budget most: bypassing the
   * response cache (`Cache-Control: no-cache`) and bulk read-ahead.
   */
  readonly trusted: boolean;
  /**
   * The orgs this caller may see, by provider name (a provider absent from the map: none of its
   * orgs); null: every org its credentials reach.
   */
  readonly orgScope: ReadonlyMap<string, ReadonlySet<string>> | null;
  /**
   * The providers whose operator-configured credentials (`DD_API_KEY`/`DD_APP_KEY`,
   * `FASTLY_API_TOKEN`, ...) this caller's operations use, by provider name; null or absent: every
   * provider's. A provider outside the set gets no configured credentials for this caller.
   */
  readonly configuredCredentials?: ReadonlySet<string> | null;
}

/** The caller when authentication is off (only allowed on loopback, for the embedded demo). */
export const LOOPBACK_DEMO_CALLER: Caller = {
  id: 'anonymous',
  trusted: true,
  orgScope: null,
  configuredCredentials: null,
};
