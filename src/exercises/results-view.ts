/**
 * Draws a check's results: one list item per case, passed or failed, with
 * expected against actual, where they differ, the error and the case's hint
 * for failures. Text only (textContent), never the reader's values as HTML.
 * @module
 */
import { ui, type Locale } from '../i18n';
import { caseTitle, type CaseResult } from './run-cases';

function line(parent: HTMLElement, className: string, label: string, text: string): void {
  const p = document.createElement('p');
  p.className = className;
  const strong = document.createElement('strong');
  strong.textContent = `${label} `;
  const value = document.createElement(className === 'exercise-hint' ? 'span' : 'code');
  value.textContent = text;
  p.append(strong, value);
  parent.append(p);
}

/** Replaces the content of `list` (an <ol>) with one item per case, labelled in `locale`. */
export function renderResults(list: HTMLElement, results: readonly CaseResult[], locale: Locale = 'en'): void {
  const t = ui(locale).exercise;
  list.replaceChildren(...results.map((result, index) => {
    const item = document.createElement('li');
    item.className = 'exercise-case';
    item.dataset.passed = String(result.passed);
    item.dataset.case = String(index);
    const title = document.createElement('p');
    title.className = 'exercise-case-title';
    const mark = document.createElement('span');
    mark.className = 'exercise-mark';
    mark.textContent = result.passed ? t.passed : t.failed;
    const name = document.createElement('span');
    name.textContent = caseTitle(result, locale);
    title.append(mark, ' ', name);
    item.append(title);
    if (!result.passed) {
      if (result.error) {
        line(item, 'exercise-error', t.threw, ui(locale).snippet.runtimeError(result.error.name, result.error.line, result.error.message));
      }
      if (result.expected !== undefined) line(item, 'exercise-expected', t.expected, result.expected);
      if (result.actual !== undefined) line(item, 'exercise-actual', t.got, result.actual);
      if (result.difference) line(item, 'exercise-difference', t.difference, result.difference);
      if (result.hint) line(item, 'exercise-hint', t.hint, result.hint);
    }
    return item;
  }));
  list.hidden = results.length === 0;
}
