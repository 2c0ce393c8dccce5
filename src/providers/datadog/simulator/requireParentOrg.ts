import { BadRequestError } from '../../../simulator/apiResponse.js';
import type { SimOrg } from './datadogWorld.js';

/** The recorded 400 of parent-only endpoints called with a child org's keys. */
export const NON_PARENT_MESSAGE = 'API called with non-parent org keys. Data is only available at the root level org';

/** Throws the recorded 400 unless `org` is a parent org. Datadog checks this before the parameters. */
export function requireParentOrg(org: SimOrg): void {
  if (org.parentPublicId !== null) throw new BadRequestError(NON_PARENT_MESSAGE);
}
