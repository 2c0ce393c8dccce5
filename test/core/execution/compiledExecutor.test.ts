import { describe, expect, it } from 'vitest';
import {
  buildSchema,
  Kind,
  execute,
  GraphQLError,
  parse,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { createCompiledExecutor } from '../../../src/execution/compiledExecutor.js';

/**
 * The compiled executor against graphql-js's own `execute`, on a schema that exercises what the
 * executor must reproduce: nullability and error propagation, list items failing one by one,
 * graphql-js's rule that errors below an already nulled position are dropped, abstract types,
 * fragments, aliases, arguments and variables, promises that resolve and reject in any order.
 */
const schema: GraphQLSchema = buildSchema(`
  interface Named { name: String! }
  type Person implements Named { name: String! age: Int friends: [Person!] best: Person! tags(prefix: String = "#"): [String] }
  type Robot implements Named { name: String! model: String }
  union Thing = Person | Robot
  enum Mood { HAPPY SAD }
  type Query {
    hello(name: String!): String
    people: [Person!]!
    maybePeople: [Person]
    named: [Named]
    things: [Thing!]
    mood(m: Mood): Mood
    failSync: String
    failAsync: String
    failNonNull: String!
    nested: Nested
    slowThenFail: Nested
    syncAfterPending: Nested
    bad: Named
    notAList: [String]
    promiseList: [String]
    errorValue: String
  }
  type Nested { a: String! b: String! c: Nested d: String }
`);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface PersonModel {
  kind: 'person';
  name: string | null;
  age?: number;
  friends?: PersonModel[];
  best?: PersonModel | null;
}
const ada: PersonModel = { kind: 'person', name: 'Ada', age: 36 };
const bob: PersonModel = { kind: 'person', name: 'Bob', friends: [ada], best: ada };
const nameless: PersonModel = { kind: 'person', name: null, best: null };

function attachResolvers(s: GraphQLSchema): void {
  const fields = (type: string) =>
    (s.getType(type) as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields();
  const query = fields('Query');
  query.hello!.resolve = (_: unknown, { name }: { name: string }) => `hello ${name}`;
  query.people!.resolve = () => [ada, bob];
  query.maybePeople!.resolve = () => [ada, nameless, Promise.resolve(bob), Promise.reject(new Error('no such person'))];
  query.named!.resolve = () => [ada, { kind: 'robot', name: 'R2', model: 'astromech' }, Promise.resolve(nameless)];
  query.things!.resolve = async () => {
    await sleep(1);
    return [{ kind: 'robot', name: 'C3', model: null }, bob];
  };
  query.mood!.resolve = (_: unknown, { m }: { m?: string }) => m ?? 'SAD';
  query.failSync!.resolve = () => {
    throw new Error('sync failure');
  };
  query.failAsync!.resolve = () => Promise.reject(new GraphQLError('async failure', { extensions: { code: 'X' } }));
  query.failNonNull!.resolve = () => null;
  query.nested!.resolve = () => ({ a: Promise.resolve('a'), b: () => sleep(2).then(() => null), c: null });
  // `a` nulls the whole object first; `c.d` fails later, below that nulled position.
  query.slowThenFail!.resolve = () => ({
    a: sleep(1).then(() => null),
    c: {
      d: () =>
        sleep(5).then(() => {
          throw new Error('late failure below a nulled position');
        }),
    },
  });
  // `b` fails at once, after `a` and `c.d` started: the object is nulled when `a` fails, before `c.d` does.
  query.syncAfterPending!.resolve = () => ({
    a: sleep(1).then(() => null),
    c: {
      d: () =>
        sleep(10).then(() => {
          throw new Error('late failure below a nulled position');
        }),
    },
    b: null,
  });
  query.bad!.resolve = () => ({ kind: 'alien', name: 'X' });
  query.notAList!.resolve = () => 'not a list';
  query.promiseList!.resolve = () => [
    sleep(3).then(() => 'late'),
    'now',
    sleep(1).then(() => Promise.reject(new Error('item failed'))),
  ];
  query.errorValue!.resolve = () => new Error('returned, not thrown');
  const named = s.getType('Named') as unknown as { resolveType: (v: { kind: string }) => string | undefined };
  named.resolveType = (v) =>
    v.kind === 'person' ? 'Person' : v.kind === 'robot' ? 'Robot' : v.kind === 'alien' ? 'Alien' : undefined;
  const thing = s.getType('Thing') as unknown as { resolveType: (v: { kind: string }) => Promise<string> };
  thing.resolveType = (v) => Promise.resolve(v.kind === 'person' ? 'Person' : 'Robot');
  const person = fields('Person');
  person.tags!.resolve = (p: PersonModel, { prefix }: { prefix: string }) => [`${prefix}${p.name}`, null];
}
attachResolvers(schema);

const compiled = createCompiledExecutor(schema);

function operationOf(document: DocumentNode, operationName?: string): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return operationName === undefined
    ? operations.length === 1
      ? operations[0]
      : undefined
    : operations.find((o) => o.name?.value === operationName);
}

/** JSON as a client sees it: errors with message, locations, path and extensions. */
const asJson = (result: ExecutionResult): unknown => JSON.parse(JSON.stringify(result));

async function both(
  query: string,
  variableValues?: Record<string, unknown>,
  operationName?: string,
): Promise<{ mine: ExecutionResult; reference: ExecutionResult }> {
  const document = parse(query);
  const reference = await execute({ schema, document, variableValues, operationName, contextValue: {} });
  const mine = await compiled({
    document,
    operation: operationOf(document, operationName),
    operationName,
    variableValues,
    contextValue: {},
  });
  // Work still pending below nulled positions settles after the result: it must not change it.
  await sleep(20);
  return { mine, reference };
}

describe('the compiled executor answers exactly what graphql-js answers', () => {
  it.each([
    [
      'arguments from literals and variables, enums, defaults',
      `query($n: String!, $m: Mood) { a: hello(name: "x") b: hello(name: $n) mood(m: $m) other: mood }`,
      { n: 'y', m: 'HAPPY' },
    ],
    [
      'nested objects, lists, aliases, __typename and fragments',
      `fragment P on Person { name age } query { __typename people { ...P __typename pals: friends { ...P best { name } } tags tagged: tags(prefix: "@") } }`,
      {},
    ],
    ['a nullable list whose items fail or are null one by one', `{ maybePeople { name } }`, {}],
    [
      'interfaces: resolveType, inline fragments per type, a null from a non-null field',
      `{ named { __typename name ... on Robot { model } ... on Person { age } } }`,
      {},
    ],
    [
      'unions resolved asynchronously',
      `{ things { __typename ... on Person { name best { name } } ... on Robot { model } } }`,
      {},
    ],
    ['sync and async failures of sibling fields', `{ hello(name: "z") failSync failAsync people { name } }`, {}],
    ['a null in a non-null root field nulls the whole data', `{ hello(name: "z") failNonNull }`, {}],
    ['a non-null field resolved late to null nulls its parent', `{ nested { a b c { a } } }`, {}],
    ['an error below a position already nulled is not reported', `{ slowThenFail { a c { d } } }`, {}],
    [
      'a field failing at once while siblings are pending: the object is nulled as soon as one of them fails',
      `{ syncAfterPending { a c { d } b } }`,
      {},
    ],
    ['an abstract type resolved to a type the schema lacks', `{ bad { name } }`, {}],
    ['a list field that gets no list', `{ notAList }`, {}],
    ['a list of promises resolving and rejecting out of order', `{ promiseList }`, {}],
    ['a resolver returning an Error', `{ errorValue hello(name: "still here") }`, {}],
    ['a bad variable (graphql-js coercion and message)', `query($m: Mood) { mood(m: $m) }`, { m: 'ANGRY' }],
    ['a missing required variable', `query($n: String!) { hello(name: $n) }`, {}],
    [
      '@skip and @include (evaluated per request)',
      `query($yes: Boolean!) { a: hello(name: "a") @include(if: $yes) b: hello(name: "b") @skip(if: $yes) }`,
      { yes: true },
    ],
    ['introspection', `{ __schema { queryType { name } } __type(name: "Person") { fields { name } } }`, {}],
  ])('%s', async (_name, query, variables) => {
    const { mine, reference } = await both(query, variables);
    expect(asJson(mine)).toEqual(asJson(reference));
  });

  it('a document with several operations runs the one named, and refuses an unknown name as graphql-js does', async () => {
    const query = `query A { hello(name: "a") } query B { people { name } }`;
    const named = await both(query, {}, 'B');
    expect(asJson(named.mine)).toEqual(asJson(named.reference));
    const unknown = await both(query, {}, 'C');
    expect(asJson(unknown.mine)).toEqual(asJson(unknown.reference));
    expect(unknown.mine.errors?.[0]?.message).toBe('Unknown operation named "C".');
  });

  it('builds plain objects (graphql-js builds null-prototype ones, slow to serialize)', async () => {
    const { mine, reference } = await both(`{ people { name friends { name } } }`);
    expect(Object.getPrototypeOf(reference.data)).toBeNull();
    expect(Object.getPrototypeOf(mine.data)).toBe(Object.prototype);
    expect(asJson(mine)).toEqual(asJson(reference));
    const people = (mine.data as { people: Array<{ friends: object[] }> }).people;
    expect(Object.getPrototypeOf(people[1]!.friends[0])).toBe(Object.prototype);
  });

  it('the response name __proto__ is left to graphql-js, which keeps it as data', async () => {
    const { mine, reference } = await both(`{ __proto__: hello(name: "p") }`);
    expect(asJson(mine)).toEqual(asJson(reference));
    expect(Object.getOwnPropertyNames(mine.data)).toEqual(['__proto__']);
  });

  it('a plan compiled for one document serves every execution of it, with each one its own variables', async () => {
    const document = parse(`query($n: String!) { hello(name: $n) people { tags(prefix: $n) } }`);
    const operation = operationOf(document);
    const first = await compiled({ document, operation, variableValues: { n: '1' }, contextValue: {} });
    const second = await compiled({ document, operation, variableValues: { n: '2' }, contextValue: {} });
    expect(first.data).toEqual({ hello: 'hello 1', people: [{ tags: ['1Ada', null] }, { tags: ['1Bob', null] }] });
    expect(second.data).toEqual({ hello: 'hello 2', people: [{ tags: ['2Ada', null] }, { tags: ['2Bob', null] }] });
  });
});
