/** The worker-side snippet host (run in Node with a fake post) and the knob controls' markup. */
import { describe, expect, it } from 'vitest';
import { createWorkerHost, FIGURE_INTERVAL_MS } from '../../src/runtime/worker-host';
import { knob, liveKnob, plot, setHost, tick, choice } from '../../src/runtime/snippet';
import type { FromWorkerMessage } from '../../src/runtime/protocol';
import { knobsHtml } from '../../src/playground/knob-markup';
import { formatKnob, logPosition, logValue, LOG_STEPS } from '../../src/playground/knob-scale';
import { errorMessage } from '../../src/live-code/messages';

describe('createWorkerHost()', () => {
  it('uses the page\'s knob values, ignores values of the wrong type, and reports each knob', () => {
    const sent: FromWorkerMessage[] = [];
    const { host } = createWorkerHost({ post: (m) => sent.push(m), knobs: { beta: 0.98, shape: 3 } });
    setHost(host);
    try {
      expect(knob('beta', 0.9, { min: 0.5, max: 0.999 })).toBe(0.98);
      expect(choice('shape', 'sine', ['sine', 'ramp'])).toBe('sine'); // 3 is not a string
      expect(sent.filter((m) => m.type === 'knob').map((m) => m.type === 'knob' && m.decl.name)).toEqual(['beta', 'shape']);
    } finally {
      setHost(null);
    }
  });

  it('marks live knobs and delivers changes sent while the snippet runs', async () => {
    const sent: FromWorkerMessage[] = [];
    const worker = createWorkerHost({ post: (m) => sent.push(m), knobs: {} });
    setHost(worker.host);
    try {
      const speed = liveKnob('speed', 1, { min: 0.1, max: 5 });
      expect(speed()).toBe(1);
      const decl = sent.find((m) => m.type === 'knob');
      expect(decl?.type === 'knob' && decl.decl.kind === 'number' && decl.decl.live).toBe(true);
      worker.setLive('speed', 2.5);
      expect(speed()).toBe(2.5);
    } finally {
      setHost(null);
    }
  });

  it('sends the first figure at once, coalesces a burst, and flushes the last state', () => {
    const sent: FromWorkerMessage[] = [];
    const worker = createWorkerHost({ post: (m) => sent.push(m), knobs: {} });
    setHost(worker.host);
    try {
      const ys: number[] = [];
      for (let i = 0; i < 1000; i++) {
        ys.push(i);
        plot('loss', [{ y: [...ys] }]);
      }
      worker.flush();
    } finally {
      setHost(null);
    }
    const batches = sent.filter((m) => m.type === 'figures');
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(batches.length).toBeLessThan(50); // 1000 plot() calls in well under 50 intervals of FIGURE_INTERVAL_MS
    const last = batches.at(-1);
    expect(last?.type === 'figures' && (last.figures[0].data[0] as { y: number[] }).y.length).toBe(1000);
    expect(FIGURE_INTERVAL_MS).toBeGreaterThan(0);
  });

  it('tick() yields to pending events only now and then', async () => {
    let yields = 0;
    const worker = createWorkerHost({ post: () => {}, knobs: {}, yieldToEvents: async () => void yields++ });
    setHost(worker.host);
    try {
      await new Promise((r) => setTimeout(r, 20));
      await tick();
      for (let i = 0; i < 100; i++) await tick();
    } finally {
      setHost(null);
    }
    expect(yields).toBeGreaterThanOrEqual(1);
    expect(yields).toBeLessThan(10);
  });

  it('rejects parallel() when no worker can be started', async () => {
    const worker = createWorkerHost({ post: () => {}, knobs: {} });
    await expect(worker.host.parallel([1], '(x) => x')).rejects.toThrow(/workers are not available/);
  });
});

describe('knob controls', () => {
  it('maps log slider positions onto [min, max] geometrically and back', () => {
    expect(logValue(0, 1e-4, 1)).toBeCloseTo(1e-4, 12);
    expect(logValue(LOG_STEPS, 1e-4, 1)).toBeCloseTo(1, 12);
    expect(logValue(LOG_STEPS / 2, 1e-4, 1)).toBeCloseTo(1e-2, 12);
    expect(logPosition(0.01, 1e-4, 1)).toBe(LOG_STEPS / 2);
  });

  it('renders labelled controls for every kind of knob, once per name', () => {
    const html = knobsHtml([
      { kind: 'number', name: 'learningRate', value: 0.01, options: { min: 1e-4, max: 1, log: true, label: 'α' } },
      { kind: 'number', name: 'beta', value: 0.9, options: { min: 0.5, max: 0.999, step: 0.001 } },
      { kind: 'number', name: 'beta', value: 0.9, options: { min: 0.5, max: 0.999 } },
      { kind: 'choice', name: 'optimizer', value: 'adam', choices: ['sgd', 'adam'], label: 'Optimizer' },
      { kind: 'toggle', name: 'biasCorrection', value: true, label: 'bias <correction>' },
    ], 's1');
    expect(html.match(/class="knob /g)).toHaveLength(4);
    expect(html).toContain('<label for="s1-knob-learningRate">α</label>');
    expect(html).toContain(`max="${LOG_STEPS}"`);
    expect(html).toContain('data-log=""');
    expect(html).toContain('<output for="s1-knob-learningRate">0.01</output>');
    expect(html).toContain('step="0.001" value="0.9"');
    expect(html).toContain('<option value="adam" selected>adam</option>');
    expect(html).toContain('type="checkbox" id="s1-knob-biasCorrection" data-knob="biasCorrection" data-kind="toggle" checked');
    expect(html).toContain('bias &#60;correction&#62;'); // labels are escaped
  });

  it('formats knob values compactly', () => {
    expect(formatKnob(0.9)).toBe('0.9');
    expect(formatKnob(0.123456)).toBe('0.1235');
    expect(formatKnob(1e-4)).toBe('1.00·10^-4');
  });
});

describe('errorMessage()', () => {
  it('names the reader\'s line for each kind of failure', () => {
    expect(errorMessage({ kind: 'runtime', name: 'Error', message: 'boom', line: 3 })).toBe('Error at line 3: boom');
    expect(errorMessage({ kind: 'syntax', name: 'SyntaxError', message: 'Unexpected token (2:4)', line: 2 })).toBe('Syntax error at line 2: Unexpected token');
    expect(errorMessage({ kind: 'divergence', name: 'DivergenceError', message: 'diverged at epoch 4, try a smaller learning rate', line: 12 }))
      .toBe('diverged at epoch 4, try a smaller learning rate (line 12)');
    expect(errorMessage({ kind: 'memory', name: 'RangeError', message: 'Array buffer allocation failed', line: 1 })).toMatch(/^Out of memory at line 1/);
  });
});
