#!/usr/bin/env node
// Bundles the usage explorer (explorer/) into dist/explorer/ with esbuild: one minified ES module
// and one stylesheet, content-hashed (the gateway serves them as immutable), and index.html naming
// them. Everything comes from node_modules: the page fetches nothing from anywhere else.
// `npm run build` runs it; so does the explorer's browser test. Usage: node scripts/buildExplorer.mjs
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist', 'explorer');

/** Builds into a fresh folder beside dist/explorer, then swaps it in (a server never sees half a build). */
export async function buildExplorer({ outdir = OUT } = {}) {
  const staging = `${outdir}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { app: 'explorer/src/main.ts', style: 'explorer/src/app.css' },
    outdir: staging,
    entryNames: '[name]-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    metafile: true,
    tsconfig: 'explorer/tsconfig.json',
    logLevel: 'warning',
  });
  const outputs = Object.entries(result.metafile.outputs);
  const named = (entry, ext) => {
    const found = outputs.find(([path, out]) => out.entryPoint === entry && path.endsWith(ext));
    if (!found) throw new Error(`esbuild wrote no ${ext} for ${entry}; outputs: ${outputs.map(([p]) => p).join(', ')}`);
    return basename(found[0]);
  };
  const html = (await readFile(join(ROOT, 'explorer', 'index.html'), 'utf8'))
    .replace('{{app.js}}', named('explorer/src/main.ts', '.js'))
    .replace('{{app.css}}', named('explorer/src/app.css', '.css'));
  await writeFile(join(staging, 'index.html'), html);
  await mkdir(join(outdir, '..'), { recursive: true });
  await rm(outdir, { recursive: true, force: true });
  await rename(staging, outdir);
  return {
    outdir,
    files: outputs.map(([path, out]) => ({ name: basename(path), bytes: out.bytes })),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { outdir, files } = await buildExplorer();
  const listing = files
    .filter((f) => !f.name.endsWith('.map'))
    .map((f) => `  ${f.name} ${(f.bytes / 1024).toFixed(1)} KiB`)
    .join('\n');
  process.stdout.write(`explorer built into ${outdir}:\n${listing}\n`);
}
