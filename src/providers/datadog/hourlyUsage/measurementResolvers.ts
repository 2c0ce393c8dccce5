import type { MeasurementResolvers } from '../../../generated/graphql.js';

export const Measurement: MeasurementResolvers = {
  usageType: (m) => m.usage_type,
  value: (m) => m.value,
};
