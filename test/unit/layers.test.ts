/**
 * One-way layers: every import in src/ and content/ points to its own layer or one above it
 * in the layer table of docs/ARCHITECTURE.md. The table is parsed from the doc, so the doc and
 * this test cannot disagree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Imports that run back up today, each an exact `importer -> imported` pair, to be emptied. */
const knownViolations: readonly string[] = [];

/** Import specifiers that name a folder of ours (the rest are packages and virtual modules). */
const aliases: Readonly<Record<string, string>> = {
  '@engine': 'src/engine/index.ts',
  '@snippet': 'src/runtime/snippet.ts',
  '@node-host': 'src/runtime/node-host.ts',
};

interface Layer {
  readonly name: string;
  /** Paths from the table's folder column: a folder ends with '/', anything else is one file. */
  readonly paths: readonly string[];
}

/** The rows of the first table in the doc whose header starts with "| layer | folder |", top to bottom. */
function layerTable(markdown: string): Layer[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^\|\s*layer\s*\|\s*folder\s*\|/.test(line));
  if (start < 0) throw new Error('docs/ARCHITECTURE.md has no "| layer | folder |" table');
  const rows: Layer[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [name, folders] = line.split('|').slice(1, 3).map((cell) => cell.trim());
    rows.push({ name, paths: [...folders.matchAll(/`([^`]+)`/g)].map((m) => m[1]) });
  }
  return rows;
}

/** Index of the row that holds `file`, the longest matching path winning; -1 for none. */
function layerOf(layers: readonly Layer[], file: string): number {
  let best = -1;
  let bestLength = -1;
  layers.forEach((layer, index) => {
    for (const path of layer.paths) {
      const holds = path.endsWith('/') ? file.startsWith(path) : file === path;
      if (holds && path.length > bestLength) [best, bestLength] = [index, path.length];
    }
  });
  return best;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|js|mjs|astro|mdx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).replaceAll('\\', '/'));
}

/** Every module specifier of a file: static imports and re-exports, side-effect imports, import(). */
function specifiers(text: string): string[] {
  const found = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((m) => m[1]);
}

/** The repository path an import points to, or null for a package or virtual module. */
function resolve(importer: string, specifier: string): string | null {
  const bare = specifier.replace(/\?.*$/, '');
  const alias = Object.keys(aliases).find((name) => bare === name || bare.startsWith(`${name}/`));
  if (alias) return bare === alias ? aliases[alias] : `${dirname(aliases[alias])}${bare.slice(alias.length)}`;
  if (!bare.startsWith('.')) return null;
  const path = normalize(join(dirname(importer), bare)).replaceAll('\\', '/');
  // TypeScript imports name the .ts file without an extension or as .js.
  return /\.\w+$/.test(path) ? path.replace(/\.js$/, '.ts') : `${path}.ts`;
}

const layers = layerTable(readFileSync('docs/ARCHITECTURE.md', 'utf8'));
const files = [...sourceFiles('src'), ...sourceFiles('content')];

describe('layers', () => {
  it('reads the layer table from docs/ARCHITECTURE.md', () => {
    expect(layers.map((l) => l.name)).toEqual(expect.arrayContaining(['training engine', 'snippet runtime', 'exercises', 'build integrations']));
    expect(layerOf(layers, 'src/engine/tensor.ts')).toBeLessThan(layerOf(layers, 'src/live-code/editor.ts'));
  });

  it('puts every source file in a row of the table', () => {
    expect(files.filter((file) => layerOf(layers, file) < 0)).toEqual([]);
  });

  it('has no import that runs back up the table', () => {
    const upward: string[] = [];
    for (const importer of files) {
      const from = layerOf(layers, importer);
      for (const specifier of specifiers(readFileSync(importer, 'utf8'))) {
        const target = resolve(importer, specifier);
        if (target === null) continue;
        const to = layerOf(layers, target);
        // Targets outside every row (test fixtures, package.json) are not layers.
        if (to > from) upward.push(`${importer} -> ${target}`);
      }
    }
    expect(upward.filter((pair) => !knownViolations.includes(pair))).toEqual([]);
    // An entry that no longer happens is stale: remove it, so the list only ever shrinks.
    expect(knownViolations.filter((pair) => !upward.includes(pair))).toEqual([]);
  });
});
