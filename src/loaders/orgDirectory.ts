import { BadUserInputError } from '../errors.js';
import { fetchUsageSummary } from '../upstream/datadog/usageSummary.js';
import type { DatadogApi } from '../upstream/datadog/datadogApi.js';
import { addMonths, startOfMonth } from '../time/utcTime.js';

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

/**
 * Discovers the account's orgs from the usage summary with org details (needs only `usage_read`):
 * one upstream call covering the previous and the current month, so an org that has reported usage
 * recently is found even on the first day of a month. The account org is the one whose public ID is
 * the records' `account_public_id`.
 */
export async function loadOrgDirectory(api: DatadogApi, now: Date): Promise<OrgDirectory> {
  const endMonth = startOfMonth(now);
  const summary = await fetchUsageSummary(api, {
    startMonth: addMonths(endMonth, -1),
    endMonth,
    includeOrgDetails: true,
  });
  const seen = new Map<string, { name: string; region: string; accountPublicId: string | null }>();
  for (const month of summary.usage) {
    for (const org of month.orgs) {
      seen.set(org.public_id, {
        name: org.name,
        region: org.region,
        accountPublicId: typeof org.account_public_id === 'string' ? org.account_public_id : null,
      });
    }
  }
  const entries = [...seen.entries()];
  const first = entries[0];
  if (first === undefined) {
    throw new BadUserInputError(
      'The usage summary lists no orgs for these credentials: the account has reported no usage in the last two months',
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
