import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One import statement between two source files (paths relative to the scanned root, `/`-separated). */
export interface ImportEdge {
  from: string;
  to: string;
  specifier: string;
  /**
   * `import type` / `export type`: erased from the JavaScript. (`import { type A }` is not: under
   * verbatimModuleSyntax it compiles to `import {} from`, which still loads the module.)
   */
  typeOnly: boolean;
}

/** Units (folders, or loose files) and, for each ordered pair of distinct units, the imports from one to the other. */
export type FolderGraph = Map<string, Map<string, ImportEdge[]>>;

/**
 * Every relative import (static, `export ... from`, and `import()` with a literal) of every `.ts` file
 * under `root`. A specifier ending in `.js` names the `.ts` source beside it, as NodeNext requires.
 * Throws when a relative specifier names no source file, so a parser that misses files cannot pass
 * for an acyclic graph.
 */
export function sourceImports(root: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const files = readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  for (const file of files) {
    const abs = join(root, file);
    const source = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, false);
    const add = (specifier: string, typeOnly: boolean): void => {
      if (!specifier.startsWith('.')) return;
      const target = resolve(dirname(abs), specifier.replace(/\.js$/, '.ts'));
      if (!existsSync(target)) {
        throw new Error(`${file}: import '${specifier}' names no file; expected ${relative(root, target)} to exist`);
      }
      edges.push({ from: toPosix(file), to: toPosix(relative(root, target)), specifier, typeOnly });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        add(node.moduleSpecifier.text, isTypeOnlyImport(node));
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        add(node.moduleSpecifier.text, node.isTypeOnly);
      } else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        add(node.arguments[0].text, false);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return edges;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  return node.importClause?.isTypeOnly ?? false;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/**
 * Groups file imports into unit imports: `unitOf` names a file's unit (or `undefined` to leave the file
 * out). Imports within one unit are dropped; file cycles are `import-x/no-cycle`'s job.
 */
export function folderGraph(edges: readonly ImportEdge[], unitOf: (file: string) => string | undefined): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const edge of edges) {
    const from = unitOf(edge.from);
    const to = unitOf(edge.to);
    if (from === undefined || to === undefined) continue;
    if (!graph.has(from)) graph.set(from, new Map());
    if (!graph.has(to)) graph.set(to, new Map());
    if (from === to) continue;
    const out = graph.get(from)!;
    out.set(to, [...(out.get(to) ?? []), edge]);
  }
  return graph;
}

/** Units that reach each other (a strongly connected component), and one cycle among them. */
export interface FolderCycle {
  units: string[];
  /** The shortest cycle through the first unit, in order; it closes back on its first unit. */
  cycle: string[];
}

/** The cycles of a unit graph: one per strongly connected component of more than one unit. Empty when acyclic. */
export function folderCycles(graph: FolderGraph): FolderCycle[] {
  return stronglyConnected(graph)
    .filter((units) => units.length > 1)
    .map((units) => ({ units, cycle: cycleThrough(graph, new Set(units), units[0]!) }));
}

/**
 * A readable account of cycles: one cycle, then every import between units of the component, each as
 * `a -> b (a/x.ts imports '../b/y.js' and 2 more)`.
 */
export function describeCycles(graph: FolderGraph, cycles: readonly FolderCycle[]): string {
  const step = (unit: string, next: string): string => {
    const edges = graph.get(unit)!.get(next)!;
    const example = edges[0]!;
    const more = edges.length > 1 ? ` and ${edges.length - 1} more` : '';
    const typeNote = edges.every((e) => e.typeOnly) ? ', all type-only' : '';
    return `${unit} -> ${next} (${example.from} imports '${example.specifier}'${more}${typeNote})`;
  };
  return cycles
    .map(({ units, cycle }) => {
      const members = new Set(units);
      const around = cycle.map((unit, i) => `    ${step(unit, cycle[(i + 1) % cycle.length]!)}`);
      const within = units.flatMap((unit) =>
        [...graph.get(unit)!.keys()].filter((next) => members.has(next)).map((next) => `    ${step(unit, next)}`),
      );
      return [`  cycle:`, ...around, `  all imports among ${units.join(', ')}:`, ...within].join('\n');
    })
    .join('\n');
}

/** Tarjan's algorithm; components come out in a deterministic order (units sorted). */
function stronglyConnected(graph: FolderGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const connect = (unit: string): void => {
    index.set(unit, counter);
    low.set(unit, counter);
    counter += 1;
    stack.push(unit);
    onStack.add(unit);
    for (const next of [...graph.get(unit)!.keys()].sort()) {
      if (!index.has(next)) {
        connect(next);
        low.set(unit, Math.min(low.get(unit)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(unit, Math.min(low.get(unit)!, index.get(next)!));
      }
    }
    if (low.get(unit) === index.get(unit)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== unit);
      components.push(component.sort());
    }
  };
  for (const unit of [...graph.keys()].sort()) if (!index.has(unit)) connect(unit);
  return components;
}

/** The shortest path from `start` back to itself inside `members` (breadth-first). */
function cycleThrough(graph: FolderGraph, members: ReadonlySet<string>, start: string): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const unit = queue.shift()!;
    for (const next of [...graph.get(unit)!.keys()].sort()) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [unit];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return path;
      }
      if (!previous.has(next)) {
        previous.set(next, unit);
        queue.push(next);
      }
    }
  }
  throw new Error(`expected a cycle through ${start} in its strongly connected component; found none`);
}
