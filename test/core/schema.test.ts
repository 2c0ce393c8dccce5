import { describe, expect, it } from 'vitest';
import { buildASTSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse } from 'graphql';
import { gatewayTypeDefs } from '../../src/gateway/createGateway.js';
import { PROVIDERS } from '../../src/providers/registry.js';
import { PRODUCT_FAMILIES, DEPRECATED_PRODUCT_FAMILIES } from '../../src/providers/datadog/api/productFamilies.js';

const schema = buildASTSchema(parse(gatewayTypeDefs(PROVIDERS).join('\n')));

describe('schema', () => {
  it('documents every type, field, argument and enum value (GraphiQL users read them)', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('ProductFamily lists exactly the families the upstream accepts, deprecated ones marked', () => {
    const type = schema.getType('ProductFamily');
    if (!isEnumType(type)) throw new Error('ProductFamily is not an enum');
    expect(
      type
        .getValues()
        .map((v) => v.name)
        .sort(),
    ).toEqual([...PRODUCT_FAMILIES].sort());
    const deprecated = type.getValues().filter((v) => v.deprecationReason);
    expect(deprecated.map((v) => v.name)).toEqual(Object.keys(DEPRECATED_PRODUCT_FAMILIES));
  });
});
