/**
 * Build-time runs of the chapters' snippets with their default knobs. The page's first paint shows
 * their output, and prose numbers (<Value>) are read from their exports, so the text cannot drift
 * from what the code computes. Each snippet runs once per build and language (its `label()` calls
 * answer in that language); runs are serialized because snippet hosts are global.
 */
import { runSnippet, type SnippetRun } from '../runtime/node-host';
import type { SnippetLocale } from '../runtime/snippet';

type Modules = Record<string, () => Promise<Record<string, unknown>>>;

// A run needs a fresh module instance, so each language imports the snippets under its own query string.
const modulesByLocale: Record<SnippetLocale, Modules> = {
  en: import.meta.glob<Record<string, unknown>>(['/content/chapters/*/*.ts', '!/content/chapters/*/*.test.ts']),
  'zh-cn': import.meta.glob<Record<string, unknown>>(['/content/chapters/*/*.ts', '!/content/chapters/*/*.test.ts'], { query: '?locale=zh-cn' }),
};

const runs = new Map<string, Promise<SnippetRun>>();
let queue: Promise<unknown> = Promise.resolve();

/** All snippet paths relative to content/chapters, e.g. "02-exponentially-weighted-averages/temperatures.ts". */
export function snippetPaths(): string[] {
  return Object.keys(modulesByLocale.en).map((key) => key.replace('/content/chapters/', ''));
}

/** The default run of snippet `src` (relative to content/chapters) in `locale`, computed once per build. */
export function getSnippetRun(src: string, locale: SnippetLocale = 'en'): Promise<SnippetRun> {
  const key = `/content/chapters/${src}`;
  const modules = modulesByLocale[locale];
  const load = modules[key] ?? modules[`${key}?locale=${locale}`];
  if (!load) throw new Error(`No snippet content/chapters/${src}. Known: ${snippetPaths().join(', ')}`);
  const runKey = `${locale}:${key}`;
  let run = runs.get(runKey);
  if (!run) {
    run = queue.then(() => runSnippet(load, { locale }));
    queue = run.catch(() => undefined);
    runs.set(runKey, run);
  }
  return run;
}
