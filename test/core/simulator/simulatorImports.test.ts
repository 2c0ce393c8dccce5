/**
 * Import boundaries of the simulators: the kernel (src/simulator) is provider-neutral, and a
 * provider's simulator (src/providers/<p>/simulator) reaches into its provider only for API facts
 * (src/providers/<p>/api), never for the provider's client code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SRC = join(ROOT, 'src');
const PROVIDERS = join(SRC, 'providers');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The repository-relative files `file` imports by relative specifier (static, dynamic, re-exports). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map(
    (m) => m[1] as string,
  );
  return specifiers.map((s) =>
    relative(ROOT, resolve(dirname(file), s))
      .split(sep)
      .join('/'),
  );
}

describe('simulator import boundaries', () => {
  it('the kernel imports nothing from src/providers', () => {
    const files = sourceFiles(join(SRC, 'simulator'));
    expect(files.length).toBeGreaterThan(5);
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('src/providers/'))
        .map((target) => `${relative(ROOT, file)} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it("a provider's simulator imports from its provider only its api/ facts", () => {
    const providers = readdirSync(PROVIDERS, { withFileTypes: true }).filter((e) => e.isDirectory());
    const simulators = providers
      .filter((p) => readdirSync(join(PROVIDERS, p.name)).includes('simulator'))
      .map((p) => p.name);
    expect(simulators).toContain('datadog');
    const offending = simulators.flatMap((provider) =>
      sourceFiles(join(PROVIDERS, provider, 'simulator')).flatMap((file) =>
        importsOf(file)
          .filter(
            (target) =>
              target.startsWith('src/providers/') &&
              !target.startsWith(`src/providers/${provider}/api/`) &&
              !target.startsWith(`src/providers/${provider}/simulator/`),
          )
          .map((target) => `${relative(ROOT, file)} -> ${target}`),
      ),
    );
    expect(offending).toEqual([]);
  });
});
