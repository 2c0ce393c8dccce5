import type { OrgDto } from './orgDirectory.js';

/**
 * What `DatadogOrg` is backed by (codegen.ts `mappers`): a directory entry, or the identity an
 * upstream record names, whose `isAccount` and `parentPublicId` are then unknown.
 */
export type OrgModel =
  OrgDto | { publicId: string; name: string; region: string; isAccount?: undefined; parentPublicId?: undefined };
