import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The SDL documents (`*.graphql`) of one schema folder, in file-name order, read once at start-up. */
export function readTypeDefs(folder: URL): string[] {
  const dir = fileURLToPath(folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}
