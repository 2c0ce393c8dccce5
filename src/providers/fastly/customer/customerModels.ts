import type { FastlyCustomer } from './customerClient.js';

/** What `FastlyOrg` is backed by (codegen.ts `mappers`): the token's customer. */
export type FastlyOrgModel = FastlyCustomer;
