import { describe, expect, it } from 'vitest';
import { buildASTSchema, isEnumType, parse } from 'graphql';
import { gatewayTypeDefs } from '../../../../src/gateway/createGateway.js';
import { PROVIDERS } from '../../../../src/providers/registry.js';
import {
  HOURLY_USAGE_ATTRIBUTION_TYPES,
  MONTHLY_USAGE_ATTRIBUTION_FIELDS,
  USAGE_SORT_DIRECTIONS,
} from '../../../../src/providers/datadog/api/attributionEnums.js';
import { BILLING_DIMENSIONS } from '../../../../src/providers/datadog/simulator/billingCatalog.js';

const schema = buildASTSchema(parse(gatewayTypeDefs(PROVIDERS).join('\n')));

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
  return type.getValues().map((v) => v.name);
}

describe('attribution enums', () => {
  it('mirror the upstream enums value for value (`*` aside: omitting `fields` means all)', () => {
    expect(enumValues('HourlyUsageAttributionType')).toEqual(HOURLY_USAGE_ATTRIBUTION_TYPES);
    expect(enumValues('MonthlyUsageAttributionField')).toEqual(MONTHLY_USAGE_ATTRIBUTION_FIELDS);
    expect(enumValues('UsageSortDirection')).toEqual(USAGE_SORT_DIRECTIONS);
  });

  it('cover every usage type and field the simulator attributes', () => {
    for (const d of BILLING_DIMENSIONS) {
      expect(HOURLY_USAGE_ATTRIBUTION_TYPES).toContain(d.attributionType);
      const base = d.attributionType.replace(/_usage$/, '');
      expect(MONTHLY_USAGE_ATTRIBUTION_FIELDS).toContain(`${base}_usage`);
      expect(MONTHLY_USAGE_ATTRIBUTION_FIELDS).toContain(`${base}_percentage`);
    }
  });
});
