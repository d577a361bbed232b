import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { docToHtml, readApi } from '../../src/lib/api-docs';

describe('API reference', () => {
  const engine = readApi('src/engine/index.ts');
  const runtime = readApi('src/runtime/snippet.ts');

  it('lists the engine and runtime exports with their signatures', () => {
    const names = engine.map((e) => e.name);
    for (const name of ['Tensor', 'Rng', 'mlp', 'adam', 'miniBatches']) expect(names).toContain(name);
    expect(runtime.map((e) => e.name)).toEqual(expect.arrayContaining(['knob', 'plot', 'parallel', 'liveKnob']));
    const knob = runtime.find((e) => e.name === 'knob')!;
    expect(knob.signatures[0]).toMatch(/^knob\(name: string, defaultValue: number, options: KnobOptions\): number$/);
  });

  it('has a doc comment on every export a snippet can call (they are the reference readers see)', () => {
    const undocumented = [...engine, ...runtime].filter((e) => e.file.startsWith('src/') && e.doc.trim() === '').map((e) => `${e.name} (${e.file})`);
    expect(undocumented).toEqual([]);
  });

  it('names our source files by path and a dependency by its package', () => {
    expect(engine.find((e) => e.name === 'adam')?.file).toBe('src/engine/optimizers/adam.ts');
    expect(runtime.find((e) => e.name === 'Layout')?.file).toBe('plotly.js');
  });

  it('turns doc Markdown into escaped HTML', () => {
    const html = docToHtml('Adds `a<b>`.\n\n```ts\nconst x = 1 < 2;\n```\n\n- one\n- two');
    expect(html).toBe('<p>Adds <code>a&lt;b&gt;</code>.</p><pre class="api-code"><code>const x = 1 &lt; 2;</code></pre><ul><li>one</li><li>two</li></ul>');
  });

  it('links each optimizer to the chapter that teaches it, through the base path', () => {
    const slugs = readdirSync('content/chapters').map((folder) => folder.replace(/^\d+-/, ''));
    for (const name of ['GradientDescent', 'Momentum', 'Nesterov', 'RMSprop', 'Adam', 'sgd', 'momentum', 'nesterov', 'rmsprop', 'adam']) {
      const doc = engine.find((e) => e.name === name)!.doc;
      const slug = /\]\(\/chapters\/([\w-]+)\/\)/.exec(doc)?.[1];
      expect(slugs, `${name} links to a chapter`).toContain(slug);
    }
    expect(docToHtml('See [Adam](/chapters/momentum-rmsprop-adam/).', (path) => `/notes${path}`))
      .toBe('<p>See <a href="/notes/chapters/momentum-rmsprop-adam/">Adam</a>.</p>');
  });
});
