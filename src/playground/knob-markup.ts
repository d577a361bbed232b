/**
 * The HTML of a snippet's knob controls, from the knobs it declared. The build
 * renders it for first paint (so sliders work before anything loads) and the
 * page renders it again when an edited snippet declares other knobs.
 * @module
 */
import { en, type Dictionary } from '../i18n/en';
import type { KnobDecl, KnobValue } from '../runtime/snippet';
import { LOG_STEPS, formatKnob, logPosition, sliderValue } from './knob-scale';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A number for an attribute: finite, or 0 (declarations are checked before they get here; this is the second lock). */
function num(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '0';
}

function label(decl: KnobDecl): string {
  const text = decl.kind === 'number' ? decl.options.label : decl.label;
  return escapeHtml(text ?? decl.name);
}

/** The words on timeline and point controls, in the page's language. */
export type KnobWords = Dictionary['snippet']['knobs'];

/** Button icons as inline SVG: media-control characters (⏮ ⏭) are missing from many fonts. */
const icon = (path: string) => `<svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="currentColor">${path}</svg>`;
const ICONS = {
  back: icon('<rect x="2" y="3" width="2" height="10"/><path d="M14 3v10L5 8z"/>'),
  // Play and pause are both drawn; CSS shows the one that fits aria-pressed.
  play: icon('<path class="icon-play" d="M4 2v12l10-6z"/><path class="icon-pause" d="M3 2h3.5v12H3zM9.5 2H13v12H9.5z"/>'),
  forward: icon('<rect x="12" y="3" width="2" height="10"/><path d="M2 3v10l9-5z"/>'),
};

/** Play / step / scrub controls over a timeline knob's range input. */
function timelineControl(decl: Extract<KnobDecl, { kind: 'timeline' }>, id: string, value: number, words: KnobWords, touched: string): string {
  const name = escapeHtml(decl.name);
  const step = Math.min(decl.steps, Math.max(0, Math.round(value)));
  const button = (action: string, text: string, glyph: string, extra = '') =>
    `<button type="button" class="timeline-button" data-timeline-action="${action}" aria-controls="${id}" aria-label="${escapeHtml(text)}" title="${escapeHtml(text)}"${extra}>${glyph}</button>`;
  return `<label for="${id}">${label(decl)}</label>` +
    `<span class="timeline-buttons">${button('back', words.back, ICONS.back)}${button('play', words.play, ICONS.play, ' aria-pressed="false"')}${button('forward', words.forward, ICONS.forward)}</span>` +
    `<input type="range" id="${id}" ${touched}data-knob="${name}" data-kind="timeline" min="0" max="${num(decl.steps)}" step="1" value="${num(step)}" aria-valuetext="${num(step)} / ${num(decl.steps)}">` +
    `<output for="${id}">${num(step)} / ${num(decl.steps)}</output>` +
    `<label class="timeline-slow"><input type="checkbox" data-timeline-slow="">${escapeHtml(words.slowMotion)}</label>`;
}

/** Two number fields for a point knob; dragging on its figure fills them in (src/playground/figure-knobs.ts). */
function pointControl(decl: Extract<KnobDecl, { kind: 'point' }>, id: string, value: KnobValue, words: KnobWords, touched: string): string {
  const name = escapeHtml(decl.name);
  const point = Array.isArray(value) ? value : decl.value;
  const field = (axis: 0 | 1) => {
    const [min, max] = axis === 0 ? decl.x : decl.y;
    const letter = axis === 0 ? 'x' : 'y';
    return `<label for="${id}-${letter}">${letter}</label>` +
      `<input type="number" id="${id}-${letter}" ${touched}data-knob="${name}" data-kind="point" data-axis="${axis}" min="${num(min)}" max="${num(max)}" step="${num((max - min) / 100)}" value="${num(point[axis])}">`;
  };
  return `<span class="knob-point-name">${label(decl)}</span>${field(0)}${field(1)}` +
    `<span class="knob-point-hint" data-point-figure="${escapeHtml(decl.figure)}">${escapeHtml(words.pointHint)}</span>`;
}

/** `touched` is 'data-touched="" ' for a control the reader has moved (its value is theirs), else ''. */
function control(decl: KnobDecl, id: string, value: KnobValue, words: KnobWords, touched: string): string {
  const name = escapeHtml(decl.name);
  if (decl.kind === 'timeline') return timelineControl(decl, id, typeof value === 'number' ? value : decl.value, words, touched);
  if (decl.kind === 'point') return pointControl(decl, id, value, words, touched);
  if (decl.kind === 'toggle') {
    return `<input type="checkbox" id="${id}" ${touched}data-knob="${name}" data-kind="toggle"${value ? ' checked' : ''}>` +
      `<label for="${id}">${label(decl)}</label>`;
  }
  if (decl.kind === 'choice') {
    const options = decl.choices
      .map((c, i) => `<option value="${escapeHtml(c)}"${c === value ? ' selected' : ''}>${escapeHtml(decl.shown?.[i] ?? c)}</option>`)
      .join('');
    return `<label for="${id}">${label(decl)}</label><select id="${id}" ${touched}data-knob="${name}" data-kind="choice">${options}</select>`;
  }
  const { min, max, step, log } = decl.options;
  const number = value as number;
  const range = log
    ? `min="0" max="${LOG_STEPS}" step="1" value="${num(logPosition(number, min, max))}" data-log=""`
    : `min="${num(min)}" max="${num(max)}" step="${num(step ?? (max - min) / 100)}" value="${num(number)}"`;
  const shown = escapeHtml(formatKnob(number)); // the exact value, not the nearest slider position
  return `<label for="${id}">${label(decl)}</label>` +
    `<input type="range" id="${id}" ${touched}data-knob="${name}" data-kind="number" data-min="${num(min)}" data-max="${num(max)}"` +
    `${decl.live ? ' data-live=""' : ''} ${range} aria-valuetext="${shown}">` +
    `<output for="${id}">${shown}</output>`;
}

/** The DOM id stem of a snippet, from its id (its path under content/chapters): one rule for the build and the page. */
export function snippetDomId(snippetId: string): string {
  return snippetId.replace(/\W/g, '-');
}

/**
 * Controls for `knobs`, one `<div class="knob">` each.
 * @param idPrefix Makes element ids unique on a page with several snippets.
 * @param values Values the reader set (the others show their default); their controls stay marked as moved.
 * @param words The words on timeline and point controls (English by default).
 */
export function knobsHtml(
  knobs: readonly KnobDecl[],
  idPrefix: string,
  values: Readonly<Record<string, KnobValue>> = {},
  words: KnobWords = en.snippet.knobs,
): string {
  const seen = new Set<string>();
  return knobs
    .filter((decl) => !seen.has(decl.name) && seen.add(decl.name))
    .map((decl) => {
      const touched = decl.name in values ? 'data-touched="" ' : '';
      const value = values[decl.name] ?? decl.value;
      return `<div class="knob knob-${decl.kind}">${control(decl, escapeHtml(`${idPrefix}-knob-${decl.name}`), value, words, touched)}</div>`;
    })
    .join('');
}

/** The value a knob control stands for (a log slider's position mapped to its value). */
export function controlValue(input: HTMLInputElement | HTMLSelectElement): KnobValue {
  const kind = input.dataset.kind;
  if (kind === 'toggle') return (input as HTMLInputElement).checked;
  if (kind === 'choice') return input.value;
  if (kind === 'timeline') return Math.round(Number(input.value));
  return sliderValue(input);
}

/** A point knob's value, from its two fields (either may be the one the reader touched). */
function pointValue(container: ParentNode, name: string): KnobValue | undefined {
  const fields = [...container.querySelectorAll<HTMLInputElement>('[data-kind="point"]')].filter((f) => f.dataset.knob === name);
  const x = fields.find((f) => f.dataset.axis === '0');
  const y = fields.find((f) => f.dataset.axis === '1');
  const point = [Number(x?.value), Number(y?.value)] as const;
  return x && y && point.every(Number.isFinite) ? point : undefined;
}

/**
 * The values of the knob controls inside `container` that the reader has moved
 * (marked `data-touched`), by knob name. Untouched knobs keep their exact
 * default: a log slider position only approximates it.
 */
export function readKnobValues(container: ParentNode): Record<string, KnobValue> {
  const values: Record<string, KnobValue> = {};
  container.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-knob][data-touched]').forEach((input) => {
    const name = input.dataset.knob as string;
    if (input.dataset.kind !== 'point') values[name] = controlValue(input);
    else {
      const point = pointValue(container, name);
      if (point !== undefined) values[name] = point;
    }
  });
  return values;
}
