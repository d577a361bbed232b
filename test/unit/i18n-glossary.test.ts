import { describe, expect, it } from 'vitest';
import { glossary, type GlossaryEntry } from '../../src/i18n/glossary';
import { chineseChapters, prose } from './i18n-chapters';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "中文（English）" or "中文 (English)": the first use of a term in a chapter. */
const introduction = (entry: GlossaryEntry) => new RegExp(`${escape(entry.zh)}\\s*[（(]\\s*${escape(entry.en)}\\s*[）)]`, 'gi');

/** Where `entry.zh` stands on its own, not as part of a longer glossary term (学习率 inside 学习率衰减). */
function standalone(text: string, entry: GlossaryEntry): number[] {
  const longer = glossary.filter((e) => e !== entry && e.zh.includes(entry.zh));
  const positions: number[] = [];
  for (let i = text.indexOf(entry.zh); i >= 0; i = text.indexOf(entry.zh, i + 1)) {
    const insideLonger = longer.some((e) => {
      const offset = e.zh.indexOf(entry.zh);
      return text.startsWith(e.zh, i - offset);
    });
    if (!insideLonger) positions.push(i);
  }
  return positions;
}

/** Problems with the glossary's terms in one chapter's prose. */
function glossaryProblems(text: string): string[] {
  const problems: string[] = [];
  // English terms may appear only in a first-use parenthesis; take those out before looking for the rest.
  let rest = text;
  for (const entry of glossary) {
    const positions = standalone(text, entry);
    const introductions = [...text.matchAll(introduction(entry))];
    if (positions.length > 0) {
      if (introductions.length === 0 || introductions[0].index !== positions[0]) {
        problems.push(`first use of ${entry.zh} should read ${entry.zh}（${entry.en}）`);
      }
      if (introductions.length > 1) problems.push(`${entry.zh}（${entry.en}）: the English is given again after its first use`);
    }
    rest = rest.replace(introduction(entry), entry.zh);
    // A variant may be part of the term itself (超参 in 超参数): look for it only outside the term.
    const withoutTerm = text.split(entry.zh).join(' ');
    for (const variant of entry.avoid ?? []) if (withoutTerm.includes(variant)) problems.push(`${variant}: this edition writes ${entry.zh}`);
  }
  for (const entry of glossary) {
    if (new RegExp(`\\b${escape(entry.en)}\\b`, 'i').test(rest)) problems.push(`"${entry.en}" outside its first use: write ${entry.zh}`);
  }
  return problems;
}

describe('glossary', () => {
  it('has one Chinese term per English term and the other way round', () => {
    expect(new Set(glossary.map((e) => e.zh)).size).toBe(glossary.length);
    expect(new Set(glossary.map((e) => e.en.toLowerCase())).size).toBe(glossary.length);
  });

  for (const { folder, chinese } of chineseChapters().filter((c) => c.chinese.trim() !== '')) {
    it(`${folder}: every term introduced once as 中文（English）, then used in Chinese, no other renderings`, () => {
      expect(glossaryProblems(prose(chinese))).toEqual([]);
    });
  }

  it('catches a missing introduction, a repeated one, an English leftover and a variant', () => {
    expect(glossaryProblems('动量很有用。')).toEqual(['first use of 动量 should read 动量（momentum）']);
    expect(glossaryProblems('动量（momentum）很有用，动量（momentum）也很快。')).toHaveLength(1);
    expect(glossaryProblems('动量（momentum）很有用，momentum 也很快。')).toEqual(['"momentum" outside its first use: write 动量']);
    expect(glossaryProblems('学习率衰减（learning-rate decay）与学习速率')).toEqual(['学习速率: this edition writes 学习率']);
    expect(glossaryProblems('学习率衰减（learning-rate decay）很常见。')).toEqual([]);
    expect(glossaryProblems('超参数（hyperparameter）很多，超参也很多。')).toEqual(['超参: this edition writes 超参数']);
  });
});
