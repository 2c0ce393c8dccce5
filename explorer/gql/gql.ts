/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExplorerSpendByProvider($billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [PROVIDER, BILLING_PERIOD]\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        providerName\n        billingPeriodStart\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExplorerSpendByProviderDocument,
    "\n  query ExplorerSpendBySubAccount($billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [PROVIDER, SUB_ACCOUNT]\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        providerName\n        subAccountId\n        subAccountName\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExplorerSpendBySubAccountDocument,
    "\n  query ExplorerSpendByService($billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [SERVICE_NAME]\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        serviceName\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExplorerSpendByServiceDocument,
    "\n  query ExplorerOrgSpend($orgs: [String!]!, $billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [PROVIDER, SERVICE_NAME, BILLING_PERIOD]\n      orgs: $orgs\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        providerName\n        serviceName\n        billingPeriodStart\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExplorerOrgSpendDocument,
    "\n  query ExplorerUsageRollup(\n    $productFamilies: [ProductFamily!]\n    $usageTypes: [String!]\n    $start: DateTime!\n    $end: DateTime\n    $granularity: RollupGranularity\n    $orgs: [String!]\n    $includeDescendants: Boolean\n  ) {\n    usageRollup(\n      productFamilies: $productFamilies\n      usageTypes: $usageTypes\n      start: $start\n      end: $end\n      granularity: $granularity\n      groupBy: [PRODUCT_FAMILY, USAGE_TYPE]\n      orgs: $orgs\n      includeDescendants: $includeDescendants\n    ) {\n      periodStart\n      productFamily\n      usageType\n      aggregation\n      value\n    }\n  }\n": typeof types.ExplorerUsageRollupDocument,
    "\n  query ExplorerUsageTypes($productFamilies: [ProductFamily!]) {\n    usageRollupAggregations(productFamilies: $productFamilies) {\n      productFamily\n      usageType\n      aggregation\n    }\n  }\n": typeof types.ExplorerUsageTypesDocument,
    "\n  query ExplorerProductFamilies {\n    __type(name: \"ProductFamily\") {\n      enumValues {\n        name\n        description\n      }\n    }\n  }\n": typeof types.ExplorerProductFamiliesDocument,
};
const documents: Documents = {
    "\n  query ExplorerSpendByProvider($billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [PROVIDER, BILLING_PERIOD]\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        providerName\n        billingPeriodStart\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n": types.ExplorerSpendByProviderDocument,
    "\n  query ExplorerSpendBySubAccount($billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [PROVIDER, SUB_ACCOUNT]\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        providerName\n        subAccountId\n        subAccountName\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n": types.ExplorerSpendBySubAccountDocument,
    "\n  query ExplorerSpendByService($billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [SERVICE_NAME]\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        serviceName\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n": types.ExplorerSpendByServiceDocument,
    "\n  query ExplorerOrgSpend($orgs: [String!]!, $billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [PROVIDER, SERVICE_NAME, BILLING_PERIOD]\n      orgs: $orgs\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        providerName\n        serviceName\n        billingPeriodStart\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n": types.ExplorerOrgSpendDocument,
    "\n  query ExplorerUsageRollup(\n    $productFamilies: [ProductFamily!]\n    $usageTypes: [String!]\n    $start: DateTime!\n    $end: DateTime\n    $granularity: RollupGranularity\n    $orgs: [String!]\n    $includeDescendants: Boolean\n  ) {\n    usageRollup(\n      productFamilies: $productFamilies\n      usageTypes: $usageTypes\n      start: $start\n      end: $end\n      granularity: $granularity\n      groupBy: [PRODUCT_FAMILY, USAGE_TYPE]\n      orgs: $orgs\n      includeDescendants: $includeDescendants\n    ) {\n      periodStart\n      productFamily\n      usageType\n      aggregation\n      value\n    }\n  }\n": types.ExplorerUsageRollupDocument,
    "\n  query ExplorerUsageTypes($productFamilies: [ProductFamily!]) {\n    usageRollupAggregations(productFamilies: $productFamilies) {\n      productFamily\n      usageType\n      aggregation\n    }\n  }\n": types.ExplorerUsageTypesDocument,
    "\n  query ExplorerProductFamilies {\n    __type(name: \"ProductFamily\") {\n      enumValues {\n        name\n        description\n      }\n    }\n  }\n": types.ExplorerProductFamiliesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSpendByProvider($billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [PROVIDER, BILLING_PERIOD]\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        providerName\n        billingPeriodStart\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerSpendByProvider($billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [PROVIDER, BILLING_PERIOD]\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        providerName\n        billingPeriodStart\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSpendBySubAccount($billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [PROVIDER, SUB_ACCOUNT]\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        providerName\n        subAccountId\n        subAccountName\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerSpendBySubAccount($billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [PROVIDER, SUB_ACCOUNT]\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        providerName\n        subAccountId\n        subAccountName\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSpendByService($billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [SERVICE_NAME]\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        serviceName\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerSpendByService($billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [SERVICE_NAME]\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        serviceName\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerOrgSpend($orgs: [String!]!, $billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [PROVIDER, SERVICE_NAME, BILLING_PERIOD]\n      orgs: $orgs\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        providerName\n        serviceName\n        billingPeriodStart\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerOrgSpend($orgs: [String!]!, $billingPeriodStart: Month!, $billingPeriodEnd: Month!) {\n    focusSummary(\n      groupBy: [PROVIDER, SERVICE_NAME, BILLING_PERIOD]\n      orgs: $orgs\n      billingPeriodStart: $billingPeriodStart\n      billingPeriodEnd: $billingPeriodEnd\n    ) {\n      groups {\n        providerName\n        serviceName\n        billingPeriodStart\n        billingCurrency\n        billedCost\n      }\n      failures {\n        provider\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerUsageRollup(\n    $productFamilies: [ProductFamily!]\n    $usageTypes: [String!]\n    $start: DateTime!\n    $end: DateTime\n    $granularity: RollupGranularity\n    $orgs: [String!]\n    $includeDescendants: Boolean\n  ) {\n    usageRollup(\n      productFamilies: $productFamilies\n      usageTypes: $usageTypes\n      start: $start\n      end: $end\n      granularity: $granularity\n      groupBy: [PRODUCT_FAMILY, USAGE_TYPE]\n      orgs: $orgs\n      includeDescendants: $includeDescendants\n    ) {\n      periodStart\n      productFamily\n      usageType\n      aggregation\n      value\n    }\n  }\n"): (typeof documents)["\n  query ExplorerUsageRollup(\n    $productFamilies: [ProductFamily!]\n    $usageTypes: [String!]\n    $start: DateTime!\n    $end: DateTime\n    $granularity: RollupGranularity\n    $orgs: [String!]\n    $includeDescendants: Boolean\n  ) {\n    usageRollup(\n      productFamilies: $productFamilies\n      usageTypes: $usageTypes\n      start: $start\n      end: $end\n      granularity: $granularity\n      groupBy: [PRODUCT_FAMILY, USAGE_TYPE]\n      orgs: $orgs\n      includeDescendants: $includeDescendants\n    ) {\n      periodStart\n      productFamily\n      usageType\n      aggregation\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerUsageTypes($productFamilies: [ProductFamily!]) {\n    usageRollupAggregations(productFamilies: $productFamilies) {\n      productFamily\n      usageType\n      aggregation\n    }\n  }\n"): (typeof documents)["\n  query ExplorerUsageTypes($productFamilies: [ProductFamily!]) {\n    usageRollupAggregations(productFamilies: $productFamilies) {\n      productFamily\n      usageType\n      aggregation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerProductFamilies {\n    __type(name: \"ProductFamily\") {\n      enumValues {\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerProductFamilies {\n    __type(name: \"ProductFamily\") {\n      enumValues {\n        name\n        description\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;