/**
 * Build-time runs of the chapters' snippets with their default knobs. The page's first paint shows
 * their output, and prose numbers (<Value>) are read from their exports, so the text cannot drift
 * from what the code computes. Each snippet runs once per build; runs are serialized because
 * snippet hosts are global.
 */
import { runSnippet, type SnippetRun } from '../runtime/node-host';

const modules = import.meta.glob<Record<string, unknown>>(['/content/chapters/*/*.ts', '!/content/chapters/*/*.test.ts']);

const runs = new Map<string, Promise<SnippetRun>>();
let queue: Promise<unknown> = Promise.resolve();

/** All snippet paths relative to content/chapters, e.g. "02-exponentially-weighted-averages/temperatures.ts". */
export function snippetPaths(): string[] {
  return Object.keys(modules).map((key) => key.replace('/content/chapters/', ''));
}

/** The default run of snippet `src` (relative to content/chapters), computed once per build. */
export function getSnippetRun(src: string): Promise<SnippetRun> {
  const key = `/content/chapters/${src}`;
  const load = modules[key];
  if (!load) throw new Error(`No snippet content/chapters/${src}. Known: ${snippetPaths().join(', ')}`);
  let run = runs.get(key);
  if (!run) {
    run = queue.then(() => runSnippet(load));
    queue = run.catch(() => undefined);
    runs.set(key, run);
  }
  return run;
}
