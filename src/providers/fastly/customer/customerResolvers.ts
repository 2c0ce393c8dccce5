import type { FastlyOrgResolvers } from '../../../generated/graphql.js';
import { toGlobalId } from '../../../graphql/globalId.js';

/** The node type name of Fastly customers (global IDs are `FastlyOrg:<customer id>`). */
export const FASTLY_ORG_TYPE = 'FastlyOrg';

/** The customer fields answered from the model alone (a Fastly customer has no parent or children). */
export const FastlyOrg: FastlyOrgResolvers = {
  id: (org) => toGlobalId(FASTLY_ORG_TYPE, org.customerId),
  provider: () => 'FASTLY',
  publicId: (org) => org.customerId,
  name: (org) => org.name,
  isAccount: () => true,
  parent: () => null,
  children: () => [],
};
