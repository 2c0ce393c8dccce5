/**
 * Answers as the simulators' handlers build them, and the JSON encoding they use: integers are
 * written exactly, including `bigint` sums beyond 2^53 (e.g. int64 fields of Datadog's usage summary).
 */

import { stringifyJson } from '../json/losslessJson.js';

/** A complete answer: status, JSON body text, extra headers. */
export interface ApiResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** A validation failure; the server answers 400 with `message` in the provider's error shape. */
export class BadRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadRequestError';
  }
}

/** A JSON answer. */
export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, body: stringifyJson(value), headers };
}
