import { ApolloServer } from '@apollo/server';
import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema } from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormatError } from '../../../src/graphql/formatError.js';
import { DecimalScalar } from '../../../src/graphql/scalars.js';
import { decimalFromJson, type Decimal } from '../../../src/money/decimal.js';

/**
 * The `Decimal` scalar through Apollo Server and graphql-js with the gateway's own error formatter: a
 * tiny schema whose `echo` takes a Decimal argument (no field of the gateway's schema takes one yet).
 */
describe('Decimal scalar', () => {
  const errorLines: string[] = [];
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        echo: {
          type: DecimalScalar,
          args: { amount: { type: new GraphQLNonNull(DecimalScalar) } },
          // Proves the argument arrives as an exact decimal: adding 0.2 to "0.1" must give "0.3".
          resolve: (_root, args: { amount: Decimal }) => args.amount.plus(decimalFromJson(0.2)!),
        },
        float: { type: DecimalScalar, resolve: () => 0.1 },
        big: { type: DecimalScalar, resolve: () => decimalFromJson(12345678901234567890n) },
      },
    }),
  });
  const server = new ApolloServer({
    schema,
    formatError: createFormatError(pino({ level: 'error' }, { write: (l: string) => void errorLines.push(l) })),
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  async function run(query: string, variables?: Record<string, unknown>) {
    const res = await server.executeOperation({ query, variables });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult;
  }

  it('serializes exact decimals as strings and parses decimal strings', async () => {
    const literal = await run('{ echo(amount: "0.1") big }');
    expect(literal.errors).toBeUndefined();
    expect(literal.data).toEqual({ echo: '0.3', big: '12345678901234567890' });
    const variable = await run('query($a: Decimal!) { echo(amount: $a) }', { a: '-1234.56' });
    expect(variable.errors).toBeUndefined();
    expect(variable.data).toEqual({ echo: '-1234.36' });
  });

  it.each([
    ['a number literal', '{ echo(amount: 1234.56) }', undefined, 'but got: 1234.56 (a number)'],
    ['an int literal', '{ echo(amount: 42) }', undefined, 'but got: 42 (a number)'],
    ['an exponent', '{ echo(amount: "1e3") }', undefined, 'but got: "1e3"'],
    ['a boolean literal', '{ echo(amount: true) }', undefined, 'but got: true'],
    ['a number variable', 'query($a: Decimal!) { echo(amount: $a) }', { a: 1234.56 }, 'but got: 1234.56 (a number)'],
    ['a padded string variable', 'query($a: Decimal!) { echo(amount: $a) }', { a: ' 1.5' }, 'but got: " 1.5"'],
    ['an object variable', 'query($a: Decimal!) { echo(amount: $a) }', { a: { v: 1 } }, 'but got: {"v":1}'],
  ])('refuses %s with BAD_USER_INPUT naming what was expected and what came', async (_name, query, variables, got) => {
    const result = await run(query, variables);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    const error = result.errors![0]!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('Decimal must be a string in plain decimal notation, e.g. "1234.56" or "-0.5"');
    expect(error.message).toContain(got);
  });

  it('refuses to serialize a float (a gateway bug): masked as internal and logged', async () => {
    const result = await run('{ float }');
    expect(result.data).toEqual({ float: null });
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(errorLines.join('\n')).toContain('Decimal cannot represent number 0.1');
  });

  it('serialize, parseValue and parseLiteral directly', () => {
    expect(DecimalScalar.serialize(decimalFromJson(0.000001))).toBe('0.000001');
    expect(() => DecimalScalar.serialize('1.5')).toThrow(/Decimal cannot represent string 1.5/);
    expect(DecimalScalar.parseValue('10.50').toFixed()).toBe('10.5');
    expect(() => DecimalScalar.parseValue(null)).toThrow(/but got: null/);
  });
});
