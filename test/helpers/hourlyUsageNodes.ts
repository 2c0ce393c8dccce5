/** The fields of an `hourlyUsage` node that the gateway tests select and compare. */
export const NODE_FIELDS = `org { publicId } productFamily hour measurements { usageType value }`;

/** An `hourlyUsage` node as selected by {@link NODE_FIELDS}. */
export interface HourlyUsageNode {
  org: { publicId: string };
  productFamily: string;
  hour: string;
  measurements: Array<{ usageType: string; value: number | null }>;
}

/** An `hourlyUsage` connection selected as `nodes { … } pageInfo { hasNextPage endCursor }`. */
export interface HourlyUsageNodesPage {
  nodes: HourlyUsageNode[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Identity of a GraphQL node, comparable with `restKey` of the matching REST record. */
export function nodeKey(n: HourlyUsageNode): string {
  const measurements = n.measurements.map((m) => ({ usage_type: m.usageType, value: m.value }));
  return `${n.org.publicId}|${n.productFamily}|${new Date(n.hour).toISOString()}|${JSON.stringify(measurements)}`;
}
