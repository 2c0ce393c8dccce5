/** What `F5xcOrg` is backed by (codegen.ts `mappers`): the tenant (namespace `system`) or one of its namespaces. */
export interface F5xcOrgModel {
  /** The tenant's name. */
  tenant: string;
  /** The namespace the org's figures are read from: `system` for the tenant. */
  namespace: string;
  /** True for the tenant. */
  isAccount: boolean;
}
