import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { BadUserInputError } from '../errors.js';

/**
 * The most items a list argument of an upstream-backed field may hold: every item may become an
 * upstream query parameter (a few thousand overflow the upstream's request line: HTTP 431) or an
 * upstream read. A list of enum values may also hold each value once, however many the enum has.
 */
export const MAX_LIST_ARGUMENT_ITEMS = 100;

/** The bound of a list of `itemType`: {@link MAX_LIST_ARGUMENT_ITEMS}, or the enum's size when larger. */
function limitOf(itemType: GraphQLInputType, max: number): number {
  const named = getNamedType(itemType);
  return isEnumType(named) ? Math.max(max, named.getValues().length) : max;
}

/** Refuses a list in `value` (of `type`) longer than its bound; `name` is the argument's path. */
function checkValue(name: string, type: GraphQLInputType, value: unknown, max: number): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return; // a single value coerced to a list of one
    const itemType = nullable.ofType;
    const limit = limitOf(itemType, max);
    if (value.length > limit) {
      throw new BadUserInputError(`Argument "${name}" must hold at most ${limit} items, but got ${value.length}`, {
        argumentName: name,
        maxItems: limit,
        receivedItems: value.length,
      });
    }
    for (const item of value) checkValue(name, itemType, item, max);
    return;
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [fieldName, field] of Object.entries(nullable.getFields())) {
      checkValue(`${name}.${fieldName}`, field.type, record[fieldName], max);
    }
  }
}

/**
 * Refuses, with BAD_USER_INPUT naming the argument, the bound and the length received, any list in
 * the coerced `args` of `field` (at any depth of its input objects) longer than its bound (see
 * {@link MAX_LIST_ARGUMENT_ITEMS}). Runs before execution, so an oversized list costs no upstream call.
 */
export function checkListArguments(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  max: number = MAX_LIST_ARGUMENT_ITEMS,
): void {
  for (const arg of field.args) checkValue(arg.name, arg.type, args[arg.name], max);
}
