import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { graphqlRequestParts } from '../../../src/responseCache/responseCacheKey.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('response cache key: document hash', () => {
  it('is the SHA-256 of each document text, asked again and again, beyond the memo bound and for long texts', () => {
    const texts = Array.from({ length: 600 }, (_, i) => `query Q${i} { orgs { publicId } }`);
    texts.push(`query Long { orgs { publicId ${'name '.repeat(5000)} } }`);
    for (let round = 0; round < 2; round++) {
      for (const query of texts) {
        const parts = graphqlRequestParts('POST', new URLSearchParams(), { query });
        expect(parts?.documentHash).toBe(sha256(query));
      }
    }
  });

  it('a persisted-query hash that contradicts a remembered document is refused', () => {
    const query = '{ orgs { publicId } }';
    expect(graphqlRequestParts('POST', new URLSearchParams(), { query })?.documentHash).toBe(sha256(query));
    const wrong = { persistedQuery: { version: 1, sha256Hash: sha256('{ orgs { name } }') } };
    expect(graphqlRequestParts('POST', new URLSearchParams(), { query, extensions: wrong })).toBeNull();
  });
});
