import { BadUserInputError } from '../errors.js';

/** The object types `node(id:)` can fetch. */
export type NodeType = 'Org' | 'HourlyUsage';
const NODE_TYPES: readonly NodeType[] = ['Org', 'HourlyUsage'];

/** Relay-style global ID: base64 of `Type:localId`. */
export function toGlobalId(type: NodeType, localId: string): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64');
}

/** Splits a global ID; throws BAD_USER_INPUT when it is not one meterql issued. */
export function fromGlobalId(id: string): { type: NodeType; localId: string } {
  const text = Buffer.from(id, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  const type = text.slice(0, colon) as NodeType;
  if (colon <= 0 || !NODE_TYPES.includes(type) || toGlobalId(type, text.slice(colon + 1)) !== id) {
    throw new BadUserInputError(
      `Argument "id" must be an ID taken from an object's \`id\` field, but got: "${id.slice(0, 60)}"`,
      {
        argumentName: 'id',
      },
    );
  }
  return { type, localId: text.slice(colon + 1) };
}
