import type { Resolvers } from '../generated/graphql.js';
import { HourlyUsage, HourlyUsageConnection } from './HourlyUsage.js';
import { Measurement } from './Measurement.js';
import { Org } from './Org.js';
import { Query } from './Query.js';
import { DateTimeScalar, Int64Scalar } from './scalars.js';

/** Every resolver of the schema. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Int64: Int64Scalar,
  Node: {
    __resolveType: (node) => ('__typename' in node ? (node as { __typename: 'Org' | 'HourlyUsage' }).__typename : null),
  },
  Query,
  Org,
  HourlyUsage,
  HourlyUsageConnection,
  Measurement,
};
