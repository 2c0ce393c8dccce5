import { BadUserInputError } from '../errors.js';

/** Relay-style global ID: base64 of `Type:localId`. */
export function toGlobalId(type: string, localId: string): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64');
}

/**
 * Splits a global ID; throws BAD_USER_INPUT when it is not one meterql issued for one of `types`
 * (the node types of the providers it runs with).
 */
export function fromGlobalId(id: string, types: { has(type: string): boolean }): { type: string; localId: string } {
  const text = Buffer.from(id, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  const type = text.slice(0, colon);
  if (colon <= 0 || !types.has(type) || toGlobalId(type, text.slice(colon + 1)) !== id) {
    throw new BadUserInputError(
      `Argument "id" must be an ID taken from an object's \`id\` field, but got: "${id.slice(0, 60)}"`,
      { argumentName: 'id' },
    );
  }
  return { type, localId: text.slice(colon + 1) };
}
