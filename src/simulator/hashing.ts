/**
 * Deterministic hashing for the simulator: SHA-256 for identifiers and keys, and a fast 32-bit mixer
 * for the data generator (which must produce tens of thousands of values per request in milliseconds).
 * Nothing here uses `Math.random`: every output is a pure function of its inputs.
 */
import { createHash } from 'node:crypto';

/** Lowercase hex SHA-256 of `text` (UTF-8). */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Final avalanche step of MurmurHash3: a bijection on 32-bit unsigned integers. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A well-mixed unsigned 32-bit hash of `text` (FNV-1a followed by a Murmur finalizer). */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Combines a 32-bit hash with an integer (e.g. an hour index) into a new unsigned 32-bit hash. */
export function mix32(hash: number, value: number): number {
  const lo = value >>> 0;
  const hi = Math.floor(value / 0x1_0000_0000) >>> 0;
  return fmix32(fmix32(hash ^ Math.imul(lo, 0x9e3779b1)) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca77));
}

/** Maps an unsigned 32-bit hash to a float in [0, 1). */
export function unitFloat(hash: number): number {
  return (hash >>> 0) / 0x1_0000_0000;
}
