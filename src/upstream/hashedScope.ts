import { createHash } from 'node:crypto';

/** Scopes already hashed, by the text they hash: a gateway sees few credential sets. */
const scopes = new Map<string, string>();
/** Bound of {@link scopes}: past it the map starts over (a tenant's scope is then hashed again once). */
const MAX_SCOPES = 1024;

/**
 * Identifies credentials without revealing them: the first 22 characters of the SHA-256
 * (base64url) of `material`, the text that names them (a provider prefixes its own name so two
 * providers' scopes never meet). Called once per operation or upstream request, so each distinct
 * text is hashed once and then remembered (bounded).
 */
export function hashedScope(material: string): string {
  let scope = scopes.get(material);
  if (scope === undefined) {
    scope = createHash('sha256').update(material).digest('base64url').slice(0, 22);
    if (scopes.size >= MAX_SCOPES) scopes.clear();
    scopes.set(material, scope);
  }
  return scope;
}
