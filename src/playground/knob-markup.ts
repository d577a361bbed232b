/**
 * The HTML of a snippet's knob controls, from the knobs it declared. The build
 * renders it for first paint (so sliders work before anything loads) and the
 * page renders it again when an edited snippet declares other knobs.
 * @module
 */
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

function control(decl: KnobDecl, id: string, value: KnobValue): string {
  const name = escapeHtml(decl.name);
  if (decl.kind === 'toggle') {
    return `<input type="checkbox" id="${id}" data-knob="${name}" data-kind="toggle"${value ? ' checked' : ''}>` +
      `<label for="${id}">${label(decl)}</label>`;
  }
  if (decl.kind === 'choice') {
    const options = decl.choices
      .map((c) => `<option${c === value ? ' selected' : ''}>${escapeHtml(c)}</option>`)
      .join('');
    return `<label for="${id}">${label(decl)}</label><select id="${id}" data-knob="${name}" data-kind="choice">${options}</select>`;
  }
  const { min, max, step, log } = decl.options;
  const number = value as number;
  const range = log
    ? `min="0" max="${LOG_STEPS}" step="1" value="${num(logPosition(number, min, max))}" data-log=""`
    : `min="${num(min)}" max="${num(max)}" step="${num(step ?? (max - min) / 100)}" value="${num(number)}"`;
  const shown = escapeHtml(formatKnob(number)); // the exact value, not the nearest slider position
  return `<label for="${id}">${label(decl)}</label>` +
    `<input type="range" id="${id}" data-knob="${name}" data-kind="number" data-min="${num(min)}" data-max="${num(max)}"` +
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
 * @param values Current values (defaults to each knob's default).
 */
export function knobsHtml(knobs: readonly KnobDecl[], idPrefix: string, values: Readonly<Record<string, KnobValue>> = {}): string {
  const seen = new Set<string>();
  return knobs
    .filter((decl) => !seen.has(decl.name) && seen.add(decl.name))
    .map((decl) => {
      const value = values[decl.name] ?? decl.value;
      const kind = decl.kind === 'choice' || decl.kind === 'toggle' ? decl.kind : 'number';
      return `<div class="knob knob-${kind}">${control(decl, escapeHtml(`${idPrefix}-knob-${decl.name}`), value)}</div>`;
    })
    .join('');
}

/** The value a knob control stands for (a log slider's position mapped to its value). */
export function controlValue(input: HTMLInputElement | HTMLSelectElement): KnobValue {
  const kind = input.dataset.kind;
  if (kind === 'toggle') return (input as HTMLInputElement).checked;
  if (kind === 'choice') return input.value;
  return sliderValue(input);
}

/**
 * The values of the knob controls inside `container` that the reader has moved
 * (marked `data-touched`), by knob name. Untouched knobs keep their exact
 * default: a log slider position only approximates it.
 */
export function readKnobValues(container: ParentNode): Record<string, KnobValue> {
  const values: Record<string, KnobValue> = {};
  container.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-knob][data-touched]').forEach((input) => {
    values[input.dataset.knob as string] = controlValue(input);
  });
  return values;
}
