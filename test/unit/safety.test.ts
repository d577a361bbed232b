/**
 * The page's defences against reader code, in Node: knob declarations and
 * values, the message gate, the figure guard, knob markup escaping, and the
 * Content-Security-Policy written into every page.
 */
import { describe, expect, it } from 'vitest';
import { checkKnobDecl, validKnobValue } from '../../src/runtime/knob-rules';
import { checkFromWorker } from '../../src/runtime/message-check';
import { guardFigure, plotText } from '../../src/runtime/figure-guard';
import { encodeFigures, MAX_FIGURE_BYTES } from '../../src/runtime/figure-wire';
import { MAX_POINTS_PER_TRACE, MAX_TRACES_PER_FIGURE } from '../../src/runtime/limits';
import { createWorkerHost } from '../../src/runtime/worker-host';
import { knob, setHost } from '../../src/runtime/snippet';
import { knobsHtml } from '../../src/playground/knob-markup';
import { inlineScripts, pagePolicy, withPolicy } from '../../src/build/csp';
import { sandboxHtml, sandboxPolicy, sandboxScript, scriptHash } from '../../src/build/sandbox-html';
import type { KnobDecl } from '../../src/runtime/snippet';

const ATTACK = '1"><img src=x onerror=alert(1)>';

describe('knob rules', () => {
  it('reject a step, label or bound that is not what it claims', () => {
    expect(() => checkKnobDecl({ kind: 'number', name: 'x', value: 1, options: { min: 0, max: 2, step: ATTACK } })).toThrow(/step must be a positive number/);
    expect(() => checkKnobDecl({ kind: 'number', name: 'x', value: 1, options: { min: 0, max: 2, label: 42 } })).toThrow(/label must be a string/);
    expect(() => checkKnobDecl({ kind: 'number', name: 'x', value: 1, options: { min: '0', max: 2 } })).toThrow(/min and max must be finite/);
    expect(() => checkKnobDecl({ kind: 'number', name: 'x', value: 1 })).toThrow(/options are missing/);
    expect(() => checkKnobDecl({ kind: 'number', name: ATTACK, value: 1, options: { min: 0, max: 2 } })).toThrow(/plain identifier/);
    expect(() => checkKnobDecl({ kind: 'choice', name: 'c', value: 'a', choices: ['a', 7] })).toThrow(/each choice must be a string/);
    expect(() => checkKnobDecl({ kind: 'script', name: 'c', value: 'a' })).toThrow(/kind must be/);
  });

  it('keep only the known fields of a valid declaration', () => {
    const decl = checkKnobDecl({ kind: 'number', name: 'lr', value: 0.1, options: { min: 0.01, max: 1, log: true, label: 'α', onclick: 'x' }, extra: 1 });
    expect(decl).toEqual({ kind: 'number', name: 'lr', value: 0.1, options: { min: 0.01, max: 1, log: true, label: 'α' } });
  });

  it('accept a value only in range and of the right type', () => {
    const decl = checkKnobDecl({ kind: 'number', name: 'lr', value: 0.1, options: { min: 0.01, max: 1 } });
    expect(validKnobValue(decl, 0.5)).toBe(0.5);
    expect(validKnobValue(decl, 5)).toBeUndefined();
    expect(validKnobValue(decl, Number.NaN)).toBeUndefined();
    expect(validKnobValue(decl, '0.5')).toBeUndefined();
  });

  it('are applied by the worker host to the page\'s values (a share link may carry anything)', () => {
    const { host } = createWorkerHost({ post: () => {}, knobs: { lr: 1e9 } });
    setHost(host);
    try {
      expect(knob('lr', 0.1, { min: 0.01, max: 1 })).toBe(0.1);
    } finally {
      setHost(null);
    }
  });
});

describe('knobsHtml()', () => {
  it('escapes every interpolation, even of a declaration that skipped the rules', () => {
    const forged = { kind: 'number', name: 'x', value: 1, options: { min: 0, max: 2, step: ATTACK, label: ATTACK } } as unknown as KnobDecl;
    const choice = { kind: 'choice', name: 'c', value: ATTACK, choices: [ATTACK], label: ATTACK } as unknown as KnobDecl;
    const html = knobsHtml([forged, choice], `p${ATTACK}`);
    expect(html).not.toMatch(/<img/);
    expect(html).not.toMatch(/onerror=alert\(1\)>/);
    expect(html).toContain('&#60;img');
  });
});

describe('checkFromWorker()', () => {
  it('drops unknown, malformed and forged messages, naming why', () => {
    expect(checkFromWorker({ type: 'eval', code: 'x' }).dropped).toMatch(/unknown message type "eval"/);
    expect(checkFromWorker(null).dropped).toBeDefined();
    expect(checkFromWorker({ type: 'figures', figures: null }).dropped).toMatch(/list/);
    expect(checkFromWorker({ type: 'progress', fraction: Number.POSITIVE_INFINITY }).dropped).toMatch(/finite/);
    expect(checkFromWorker({ type: 'knob', decl: { kind: 'number', name: 'x', value: 1 } }).dropped).toMatch(/options are missing/);
    expect(checkFromWorker({ type: 'knob', decl: { kind: 'number', name: 'x', value: 1, options: { min: 0, max: 2, step: ATTACK } } }).dropped).toMatch(/step/);
    expect(checkFromWorker({ type: 'error', kind: 'evil', name: 'x', message: 'y' }).dropped).toBeDefined();
  });

  it('reads figures sent as JSON bytes exactly as figures sent as objects, and guards them the same way', () => {
    const figures = [{ id: 'f', data: [{ x: new Float64Array([1, 2, 3]), y: [1, Number.NaN, 3], name: ATTACK }], layout: { images: [{ source: 'http://evil' }] } }];
    const asObjects = checkFromWorker({ type: 'figures', figures });
    const asBytes = checkFromWorker({ type: 'figures', bytes: encodeFigures(figures) });
    expect(asBytes).toEqual(asObjects);
    const trace = (asBytes.message as unknown as { figures: { data: { x: unknown; y: unknown; name: string }[]; layout: object }[] }).figures[0];
    expect(trace.data[0].x).toEqual([1, 2, 3]);
    expect(trace.data[0].y).toEqual([1, null, 3]);
    expect(trace.data[0].name).not.toContain('<img');
    expect(trace.layout).not.toHaveProperty('images');
  });

  it('drops figure bytes that are not JSON or too many, without reading them as figures', () => {
    expect(checkFromWorker({ type: 'figures', bytes: new TextEncoder().encode('{"not json').buffer }).dropped).toMatch(/JSON/);
    expect(checkFromWorker({ type: 'figures', bytes: new TextEncoder().encode('{"a":1}').buffer }).dropped).toMatch(/list/);
    expect(checkFromWorker({ type: 'figures', bytes: new ArrayBuffer(MAX_FIGURE_BYTES + 1) }).dropped).toMatch(/more than a message may carry/);
  });

  it('refuses to encode what JSON cannot carry (the worker then sends those figures as objects)', () => {
    const cyclic: Record<string, unknown> = { id: 'c', data: [] };
    cyclic.layout = cyclic;
    expect(() => encodeFigures([cyclic as never])).toThrow();
    expect(() => encodeFigures([{ id: 'b', data: [{ y: [1n] as never }], layout: {} }])).toThrow(/BigInt/);
  });

  it('passes valid messages, clamping and bounding what it must', () => {
    expect(checkFromWorker({ type: 'progress', fraction: 1.5 })).toEqual({ message: { type: 'progress', fraction: 1 }, notes: [] });
    const log = checkFromWorker({ type: 'log', lines: ['a', 3, 'x'.repeat(10_000)] });
    expect(log.dropped).toBeUndefined();
    if (log.message?.type === 'log') expect(log.message.lines.map((l) => l.length)).toEqual([1, 0, 4000]);
    const error = checkFromWorker({ type: 'error', kind: 'runtime', name: 'TypeError', message: 'boom', line: 3, column: -1 });
    expect(error.message).toEqual({ type: 'error', kind: 'runtime', name: 'TypeError', message: 'boom', line: 3, column: undefined });
  });
});

describe('guardFigure()', () => {
  it('keeps text literal: markup escaped except formatting tags', () => {
    expect(plotText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(plotText('</template><script>alert(1)</script>')).toBe('&lt;/template&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(plotText('<a href="https://evil.example">x</a>')).toBe('&lt;a href="https://evil.example"&gt;x&lt;/a&gt;');
    expect(plotText('x<sub>1</sub><br>%{y}<extra></extra> & <b>b</b>')).toBe('x<sub>1</sub><br>%{y}<extra></extra> &amp; <b>b</b>');
  });

  it('drops images and templates anywhere, and trace types the page does not draw', () => {
    const { figure, notes } = guardFigure({
      id: 'f',
      data: [{ type: 'scatter', y: [1, 2], name: '<img src=x onerror=1>' }, { type: 'scattermapbox' }],
      layout: { title: { text: '<script>1</script>' }, images: [{ source: 'http://127.0.0.2/x.png' }], template: { layout: {} }, updatemenus: [{ buttons: [{ args: [{ images: [{ source: 'http://x' }] }] }] }] },
    });
    expect(JSON.stringify(figure)).not.toMatch(/images|template|127\.0\.0\.2|<img|<script/);
    expect(figure?.data).toHaveLength(1);
    expect(notes.join(' ')).toMatch(/scattermapbox/);
  });

  it('thins a million-point trace to the cap with a note, and refuses a huge grid', () => {
    const n = 1_000_000;
    const { figure, notes } = guardFigure({ id: 'big', data: [{ x: Float64Array.from({ length: n }, (_, i) => i), y: new Float64Array(n) }], layout: {} });
    const trace = figure!.data[0] as { x: number[]; y: number[] };
    expect(trace.x.length).toBeLessThanOrEqual(MAX_POINTS_PER_TRACE + 1);
    expect(trace.x.length).toBe(trace.y.length);
    expect(trace.x[trace.x.length - 1]).toBe(n - 1);
    expect(notes[0]).toMatch(/1,000,000 points/);
    const grid = Array.from({ length: 1000 }, () => new Array(1000).fill(0));
    const refused = guardFigure({ id: 'grid', data: [{ type: 'heatmap', z: grid }] });
    expect(refused.figure).toBeUndefined();
    expect(refused.notes.join(' ')).toMatch(/grid of 1,000,000 cells/);
  });

  it('bounds traces per figure and makes numbers finite', () => {
    const { figure, notes } = guardFigure({ id: 'many', data: Array.from({ length: 500 }, () => ({ y: [1, Number.NaN, Number.POSITIVE_INFINITY] })) });
    expect(figure!.data).toHaveLength(MAX_TRACES_PER_FIGURE);
    expect((figure!.data[0] as { y: unknown[] }).y).toEqual([1, null, null]);
    expect(notes[0]).toMatch(/500 traces/);
    expect(guardFigure({ id: '', data: [] }).figure).toBeUndefined();
  });
});

describe('Content-Security-Policy', () => {
  it('allows the page\'s own inline scripts by hash, never another origin, never eval', () => {
    const html = '<html><head><script>window.a=1</script><script type="application/json">{"a":1}</script><script type="module" src="/x.js"></script></head></html>';
    expect(inlineScripts(html)).toEqual(['window.a=1']);
    const policy = pagePolicy(['window.a=1']);
    expect(policy).toContain(scriptHash('window.a=1'));
    expect(policy).toContain(scriptHash(sandboxScript()));
    expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'.*script|https?:|\*/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/base-uri 'self'/);
    expect(policy).toMatch(/connect-src 'self'/);
    const out = withPolicy(html);
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
  });

  it('gives the sandbox frame no network at all', () => {
    const policy = sandboxPolicy(sandboxScript());
    expect(policy).toMatch(/connect-src 'none'/);
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).not.toMatch(/'self'|'unsafe-eval'|https?:/);
    expect(sandboxHtml()).toContain(policy);
  });
});
