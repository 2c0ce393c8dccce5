import { BadUserInputError } from '../../../errors.js';
import { fetchUsageSummary } from '../usageSummary/usageSummaryClient.js';
import type { DatadogApi } from '../datadogApi.js';
import { addMonths, startOfMonth } from '../../../time/utcTime.js';
import { RETENTION_MONTHS } from '../api/usageLimits.js';

/** An org as the gateway knows it. */
export interface OrgDto {
  publicId: string;
  name: string;
  region: string;
  /** True for the parent org the credentials belong to. */
  isAccount: boolean;
  /** The parent's public ID; null for the account org. */
  parentPublicId: string | null;
}

/** The account's orgs: the parent first, then its children. */
export interface OrgDirectory {
  account: OrgDto;
  orgs: OrgDto[];
  byPublicId: ReadonlyMap<string, OrgDto>;
}

type SeenOrgs = Map<string, { name: string; region: string; accountPublicId: string | null }>;

async function orgsInSummary(api: DatadogApi, startMonth: Date, endMonth: Date): Promise<SeenOrgs> {
  const summary = await fetchUsageSummary(api, { startMonth, endMonth, includeOrgDetails: true });
  const seen: SeenOrgs = new Map();
  for (const month of summary.usage) {
    for (const org of month.orgs) {
      seen.set(org.public_id, {
        name: org.name,
        region: org.region,
        accountPublicId: typeof org.account_public_id === 'string' ? org.account_public_id : null,
      });
    }
  }
  return seen;
}

/**
 * Discovers the account's orgs from the usage summary with org details (needs only `usage_read`).
 * One upstream call covers the previous and the current month, so an org that reported usage
 * recently is found even on the first day of a month; only when those months list no org at all is
 * the whole 15-month retention asked for, once. The account org is the one whose public ID is the
 * records' `account_public_id`.
 */
export async function loadOrgDirectory(api: DatadogApi, now: Date): Promise<OrgDirectory> {
  const endMonth = startOfMonth(now);
  let seen = await orgsInSummary(api, addMonths(endMonth, -1), endMonth);
  if (seen.size === 0) seen = await orgsInSummary(api, addMonths(endMonth, -RETENTION_MONTHS), endMonth);
  const entries = [...seen.entries()];
  const first = entries[0];
  if (first === undefined) {
    throw new BadUserInputError(
      'The usage summary lists no orgs for these credentials: the account has reported no usage within the 15-month retention',
    );
  }
  // The account org names itself as the account; failing that, the first org listed is taken.
  const accountId = entries.find(([publicId, o]) => o.accountPublicId === publicId)?.[0] ?? first[0];
  const orgs: OrgDto[] = entries.map(([publicId, o]) => ({
    publicId,
    name: o.name,
    region: o.region,
    isAccount: publicId === accountId,
    parentPublicId: publicId === accountId ? null : accountId,
  }));
  orgs.sort((a, b) => Number(b.isAccount) - Number(a.isAccount));
  const account = orgs[0] as OrgDto;
  return { account, orgs, byPublicId: new Map(orgs.map((o) => [o.publicId, o])) };
}

/**
 * The part of `directory` a caller scoped to `orgScope` may see: its orgs and lookups hold only those
 * orgs; `account` stays the account org (what upstream calls are made for), shown only if in scope.
 */
export function scopeOrgDirectory(directory: OrgDirectory, orgScope: ReadonlySet<string>): OrgDirectory {
  const orgs = directory.orgs.filter((o) => orgScope.has(o.publicId));
  return { account: directory.account, orgs, byPublicId: new Map(orgs.map((o) => [o.publicId, o])) };
}
