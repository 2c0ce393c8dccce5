import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  describeCycles,
  folderCycles,
  folderGraph,
  sourceImports,
  type ImportEdge,
} from '../../helpers/folderImportGraph.js';

// Folder-level import cycles in src/, from the import statements of the sources. import-x/no-cycle
// (ESLint) catches cycles between files; a cycle between folders passes it whenever no single chain of
// files closes, yet the two folders can no longer be understood, moved or split apart. Imports are
// counted as tsc emits them: `import type` is erased and left out; every other import loads its module.

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const runtimeImports = sourceImports(SRC).filter((e) => !e.typeOnly);

/** src/ top level: each folder is a unit, each provider (src/providers/<p>) is one, a loose file is its own. */
function topLevelUnit(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'providers' && parts.length > 2) return `providers/${parts[1]}`;
  return parts.length === 1 ? file : parts[0]!;
}

/** Inside src/providers/<provider>/: each feature folder is a unit, a loose file is its own. */
function featureUnit(provider: string): (file: string) => string | undefined {
  const prefix = `providers/${provider}/`;
  return (file) => (file.startsWith(prefix) ? file.slice(prefix.length).split('/')[0] : undefined);
}

const providers = readdirSync(join(SRC, 'providers'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('folder import graph', () => {
  it('sees the imports of the sources (the graph the checks below run on is not empty)', () => {
    const graph = folderGraph(runtimeImports, topLevelUnit);
    expect([...graph.get('main.ts')!.keys()]).toContain('gateway');
    expect([...graph.get('gateway')!.keys()]).toContain('graphql');
    expect(providers).toContain('datadog');
  });

  it('finds a cycle and names the imports that close it', () => {
    const edge = (from: string, to: string): ImportEdge => ({ from, to, specifier: `./${to}`, typeOnly: false });
    const edges = [
      edge('a/x.ts', 'b/y.ts'),
      edge('b/y.ts', 'c/z.ts'),
      edge('c/z.ts', 'a/w.ts'),
      edge('c/z.ts', 'd/v.ts'),
    ];
    const graph = folderGraph(edges, (f) => f.split('/')[0]);
    const cycles = folderCycles(graph);
    expect(cycles).toEqual([{ units: ['a', 'b', 'c'], cycle: ['a', 'b', 'c'] }]);
    expect(describeCycles(graph, cycles)).toContain(`c -> a (c/z.ts imports './a/w.ts')`);
    expect(folderCycles(folderGraph(edges.slice(0, 2), (f) => f.split('/')[0]))).toEqual([]);
  });

  it('src/ top-level folders (each provider as one) import each other without cycles', () => {
    const graph = folderGraph(runtimeImports, topLevelUnit);
    const cycles = folderCycles(graph);
    expect(cycles, `folder cycles in src/:\n${describeCycles(graph, cycles)}`).toEqual([]);
  });

  it.each(providers)('the feature folders of src/providers/%s import each other without cycles', (provider) => {
    const graph = folderGraph(runtimeImports, featureUnit(provider));
    const cycles = folderCycles(graph);
    expect(cycles, `folder cycles in src/providers/${provider}/:\n${describeCycles(graph, cycles)}`).toEqual([]);
  });
});
