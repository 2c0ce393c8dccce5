import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildASTSchema, isScalarType, isSpecifiedScalarType, parse } from 'graphql';
import { gatewayTypeDefs } from '../../src/gateway/createGateway.js';
import { PROVIDERS } from '../../src/providers/registry.js';
import { startStack, type Stack } from '../helpers/stack.js';

interface IntrospectedType {
  name: string;
  kind: string;
  description: string | null;
}

/** The SDL as written: what introspection must show. */
const sdl = buildASTSchema(parse(gatewayTypeDefs(PROVIDERS).join('\n')));

/** What GraphiQL's Docs and codegen read: the running gateway's introspection. */
describe('introspection', () => {
  let stack: Stack;
  let types: IntrospectedType[];
  beforeAll(async () => {
    stack = await startStack();
    const res = await stack.gql<{ __schema: { types: IntrospectedType[] } }>(
      '{ __schema { types { name kind description } } }',
    );
    expect(res.body.errors, res.text).toBeUndefined();
    types = res.body.data?.__schema.types ?? [];
  });
  afterAll(() => stack.stop());

  it('gives every custom scalar its SDL description', () => {
    const custom = types.filter((t) => t.kind === 'SCALAR' && !isSpecifiedScalarType(sdl.getType(t.name)!));
    const sdlScalars = Object.values(sdl.getTypeMap()).filter((t) => isScalarType(t) && !isSpecifiedScalarType(t));
    expect(custom.map((t) => t.name).sort()).toEqual(sdlScalars.map((t) => t.name).sort());
    expect(custom.map((t) => t.name)).toEqual(expect.arrayContaining(['DateTime', 'Int64', 'Month', 'Date']));
    for (const type of custom) {
      expect(type.description?.trim(), type.name).toBeTruthy();
      expect(type.description, type.name).toBe(sdl.getType(type.name)?.description);
    }
  });

  it('Int64 tells clients about figures beyond 2^53', () => {
    expect(types.find((t) => t.name === 'Int64')?.description).toContain('2^53');
  });
});
