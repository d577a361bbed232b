import { describe, expect, it } from 'vitest';
import { checkKnobDecl, validKnobValue } from '../../src/runtime/knob-rules';
import { knobsHtml } from '../../src/playground/knob-markup';
import { zhCn } from '../../src/i18n/zh-cn';
import { runSnippet } from '../../src/runtime/node-host';
import { point, timeline } from '../../src/runtime/snippet';

const start = { kind: 'point', name: 'start', value: [-1.5, 0.8], figure: 'paths', x: [-2, 2], y: [-1, 1] };

describe('timeline and point knobs', () => {
  it('a timeline is a whole step from 0 to steps, the end by default', () => {
    expect(checkKnobDecl({ kind: 'timeline', name: 'step', value: 50, steps: 50 })).toEqual({ kind: 'timeline', name: 'step', value: 50, steps: 50 });
    expect(() => checkKnobDecl({ kind: 'timeline', name: 'step', value: 3, steps: 0 })).toThrow(/steps must be a whole number/);
    expect(() => checkKnobDecl({ kind: 'timeline', name: 'step', value: 2.5, steps: 10 })).toThrow(/starting step/);
    const decl = checkKnobDecl({ kind: 'timeline', name: 'step', value: 0, steps: 10 });
    expect(validKnobValue(decl, 7)).toBe(7);
    expect(validKnobValue(decl, 11)).toBeUndefined();
    expect(validKnobValue(decl, 1.5)).toBeUndefined();
  });

  it('a point lies in its square and names the figure it is moved on', () => {
    expect(checkKnobDecl(start)).toEqual(start);
    expect(() => checkKnobDecl({ ...start, value: [3, 0] })).toThrow(/outside/);
    expect(() => checkKnobDecl({ ...start, x: [1, -1] })).toThrow(/x must be a range/);
    expect(() => checkKnobDecl({ ...start, figure: '' })).toThrow(/figure/);
    const decl = checkKnobDecl(start);
    expect(validKnobValue(decl, [0.5, -0.5])).toEqual([0.5, -0.5]);
    expect(validKnobValue(decl, [0.5, 2])).toBeUndefined();
    expect(validKnobValue(decl, ['0.5', 0])).toBeUndefined();
    expect(validKnobValue(decl, 0.5)).toBeUndefined();
  });

  it('the Node host records both and hands a snippet its override', async () => {
    const run = await runSnippet(async () => {
      const k = timeline('step', 20);
      const p = point('start', [-1.5, 0.8], { figure: 'paths', x: [-2, 2], y: [-1, 1] });
      return { k, p };
    }, { knobs: { step: 4, start: [1, -0.5] } });
    expect(run.exports).toEqual({ k: 4, p: [1, -0.5] });
    expect(run.knobs.map((k) => k.kind)).toEqual(['timeline', 'point']);
  });

  it('draws play, step and scrub controls for a timeline and two fields for a point, in the page language, escaped', () => {
    const html = knobsHtml([checkKnobDecl({ kind: 'timeline', name: 'step', value: 3, steps: 9, label: '<b>k</b>' }), checkKnobDecl(start)], 's', {}, zhCn.snippet.knobs);
    expect(html).toContain('data-timeline-action="play" aria-controls="s-knob-step" aria-label="播放"');
    expect(html).toContain('data-timeline-action="back"');
    expect(html).toContain('<input type="range" id="s-knob-step" data-knob="step" data-kind="timeline" min="0" max="9" step="1" value="3"');
    expect(html).toContain('&#60;b&#62;k&#60;/b&#62;');
    expect(html).not.toContain('<b>');
    expect(html).toMatch(/data-knob="start" data-kind="point" data-axis="0" min="-2" max="2" step="0.04" value="-1.5"/);
    expect(html).toMatch(/data-knob="start" data-kind="point" data-axis="1" min="-1" max="1" step="0.02" value="0.8"/);
    expect(html).toContain('data-point-figure="paths"');
    // A figure id from a worker is text, never markup.
    const hostile = knobsHtml([checkKnobDecl({ ...start, figure: '"><img src=x onerror=alert(1)>' })], 's');
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('data-point-figure="&#34;&#62;&#60;img src=x onerror=alert(1)&#62;"');
  });
});

describe('choice knobs with words of their own', () => {
  it('show each choice in other words while the value stays the same', () => {
    const decl = checkKnobDecl({ kind: 'choice', name: 'dataset', value: 'spirals', choices: ['spirals', 'blobs'], shown: ['螺旋', '<团簇>'] });
    const html = knobsHtml([decl], 's');
    expect(html).toContain('<option value="spirals" selected>螺旋</option>');
    expect(html).toContain('<option value="blobs">&#60;团簇&#62;</option>');
    expect(() => checkKnobDecl({ ...decl, shown: ['only one'] })).toThrow(/one text per choice/);
  });
});
