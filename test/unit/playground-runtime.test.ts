/** Node tests of the playground's runtime pieces: stack lines, source maps, throttling, formatting, shims. */
import { describe, expect, it, vi } from 'vitest';
import { formatLogLine, formatLogValue } from '../../src/runtime/format';
import { parserPosition, readerPosition } from '../../src/runtime/stack-lines';
import { createThrottle, type ThrottleClock } from '../../src/runtime/throttle';
import { decodeVlq, lineMapFromMappings } from '../../src/live-code/source-map';
import { rewriteImports, shimSource } from '../../src/live-code/module-shims';
import { Tensor } from '@engine';

describe('readerPosition()', () => {
  const url = 'blob:http://localhost:4321/2f6c1d7e-aaaa-bbbb-cccc-123456789abc';
  // A Chromium stack: the engine's frames first, then the reader's module.
  const stack = [
    'DivergenceError: diverged at epoch 3, try a smaller learning rate',
    '    at train (http://localhost:4321/_astro/snippet-worker-abc.js:1:20455)',
    `    at ${url}:14:7`,
    `    at async run (http://localhost:4321/_astro/snippet-worker-abc.js:1:9999)`,
  ].join('\n');

  it('finds the first frame in the snippet module, skipping engine frames', () => {
    expect(readerPosition(stack, url)).toEqual({ line: 14, column: 7 });
  });

  it('maps the line through a line map when the transpiler moved lines', () => {
    const lineMap: number[] = [];
    lineMap[14] = 17;
    expect(readerPosition(stack, url, lineMap)).toEqual({ line: 17, column: 7 });
  });

  it('reads frames written as "at fn (url:line:col)"', () => {
    expect(readerPosition(`Error: x\n    at step (${url}:3:11)`, url)).toEqual({ line: 3, column: 11 });
  });

  it('returns null when the error never passed through the snippet', () => {
    expect(readerPosition('Error: x\n    at f (http://localhost/other.js:1:2)', url)).toBeNull();
    expect(readerPosition(undefined, url)).toBeNull();
    expect(readerPosition(stack, '')).toBeNull();
  });

  it('does not confuse two blob URLs with a common prefix', () => {
    const other = `${url}0`;
    expect(readerPosition(`Error\n    at ${other}:9:1\n    at ${url}:2:5`, url)).toEqual({ line: 2, column: 5 });
  });
});

describe('parserPosition()', () => {
  it('reads sucrase\'s "(line:column)" suffix, column 1-based', () => {
    expect(parserPosition('Unexpected token (3:10)')).toEqual({ line: 3, column: 11 });
    expect(parserPosition('Something else')).toBeNull();
  });
});

describe('source maps', () => {
  it('decodes VLQ segments', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('AACA')).toEqual([0, 0, 1, 0]);
    expect(decodeVlq('D')).toEqual([-1]);
    expect(decodeVlq('gB')).toEqual([16]);
  });

  it('maps generated lines to source lines, carrying the last known line over unmapped lines', () => {
    // line 1 -> source 1, line 2 unmapped, line 3 -> source 4 (+3), line 4 -> source 3 (-1)
    expect(lineMapFromMappings('AAAA;;AAGA;AADA')).toEqual([0, 1, 1, 4, 3]);
  });

  it('maps TypeScript emit back to the reader\'s lines', async () => {
    const ts = (await import('typescript')).default;
    const source = ['interface P {', '  x: number;', '}', '', 'const p: P = { x: 1 };', "throw new Error('line 6');"].join('\n');
    const out = ts.transpileModule(source, { compilerOptions: { sourceMap: true, target: ts.ScriptTarget.ES2020 }, fileName: 's.ts' });
    const map = lineMapFromMappings(JSON.parse(out.sourceMapText!).mappings);
    const jsLines = out.outputText.split('\n');
    const throwLine = jsLines.findIndex((l) => l.includes('throw')) + 1;
    expect(throwLine).toBeLessThan(6); // the emitter did move it
    expect(map[throwLine]).toBe(6);
  });
});

describe('sucrase keeps line numbers', () => {
  it('leaves every statement on its line after stripping types', async () => {
    const { transform } = await import('sucrase');
    const source = [
      "import { Tensor } from '@engine';",
      "import type { Figure } from '@snippet';",
      'interface Row {',
      '  x: number;',
      '}',
      'type R = Row;',
      'enum E { A, B }',
      'const value = (1 as number) satisfies number;',
      "throw new Error('line 9');",
    ].join('\n');
    const code = transform(source, { transforms: ['typescript'], disableESTransforms: true }).code;
    const lines = code.split('\n');
    expect(lines[7]).toContain('const value');
    expect(lines[8]).toContain("throw new Error('line 9')");
    expect(lines.length).toBe(9);
  });
});

describe('createThrottle()', () => {
  function fakeClock() {
    let now = 0;
    const timers: { at: number; callback: () => void; id: number }[] = [];
    let nextId = 1;
    const clock: ThrottleClock = {
      now: () => now,
      setTimeout: (callback, ms) => {
        const id = nextId++;
        timers.push({ at: now + ms, callback, id });
        return id;
      },
      clearTimeout: (id) => {
        const i = timers.findIndex((t) => t.id === id);
        if (i >= 0) timers.splice(i, 1);
      },
    };
    const advance = (ms: number) => {
      now += ms;
      for (const t of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.callback();
      }
    };
    return { clock, advance, pending: () => timers.length };
  }

  it('flushes at once, then at most once per interval, and never drops the last request', () => {
    const { clock, advance } = fakeClock();
    const flush = vi.fn();
    const throttle = createThrottle(100, flush, clock);
    throttle.request();
    expect(flush).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) {
      advance(1);
      throttle.request();
    }
    expect(flush).toHaveBeenCalledTimes(1); // 50 requests within 50 ms: one pending trailing flush
    advance(50);
    expect(flush).toHaveBeenCalledTimes(2); // the trailing flush at 100 ms
    advance(500);
    expect(flush).toHaveBeenCalledTimes(2);
  });

  it('flushes inside request() once the interval has passed, even if timers never fire (a busy worker)', () => {
    let now = 0;
    const flush = vi.fn();
    const deadClock: ThrottleClock = { now: () => now, setTimeout: () => 0, clearTimeout: () => {} };
    const throttle = createThrottle(100, flush, deadClock);
    for (let i = 0; i < 1000; i++) {
      now += 1;
      throttle.request();
    }
    expect(flush).toHaveBeenCalledTimes(10);
  });

  it('flushNow() flushes and cancels the pending flush', () => {
    const { clock, advance, pending } = fakeClock();
    const flush = vi.fn();
    const throttle = createThrottle(100, flush, clock);
    throttle.request();
    advance(10);
    throttle.request();
    expect(pending()).toBe(1);
    throttle.flushNow();
    expect(flush).toHaveBeenCalledTimes(2);
    expect(pending()).toBe(0);
  });
});

describe('formatLogValue()', () => {
  it('prints strings, numbers, arrays, typed arrays and objects readably', () => {
    expect(formatLogValue('loss')).toBe('loss');
    expect(formatLogValue(0.5)).toBe('0.5');
    expect(formatLogValue([1, 2])).toBe('[ 1, 2 ]');
    expect(formatLogValue(new Float64Array([1, 2]))).toBe('[ 1, 2 ]');
    expect(formatLogValue({ a: 1, b: [] })).toBe('{ "a": 1, "b": [] }');
    expect(formatLogValue({ text: 'two\nlines  apart' })).toBe('{ "text": "two\\nlines  apart" }');
    expect(formatLogValue(new RangeError('bad'))).toBe('RangeError: bad');
  });

  it('uses an object\'s own toString (tensors describe themselves)', () => {
    const t = Tensor.zeros([2, 3]);
    expect(formatLogValue(t)).toBe(String(t));
  });

  it('cuts very long lines', () => {
    const line = formatLogLine([new Array(10_000).fill(1)]);
    expect(line.length).toBeLessThan(2100);
    expect(line).toContain('more characters');
  });
});

describe('module shims', () => {
  it('re-exports every named export of a module', () => {
    expect(shimSource('@engine', { Tensor: 1, Rng: 2, default: 3 })).toBe(
      'const m = globalThis.__liveNotesModules["@engine"];\nexport const { Tensor, Rng } = m;\n',
    );
  });

  it('rewrites @engine and @snippet imports in place, keeping other text and line count', () => {
    const code = "import { Tensor } from '@engine';\nimport { plot } from \"@snippet\";\nconst s = '@engine';\nimport { dense } from '@engine/layers/dense';";
    const out = rewriteImports(code, { '@engine': 'blob:e', '@snippet': 'blob:s' });
    expect(out).toBe("import { Tensor } from 'blob:e';\nimport { plot } from \"blob:s\";\nconst s = '@engine';\nimport { dense } from 'blob:e';");
  });
});
