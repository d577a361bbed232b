/** The playground's and the exercises' messages in both languages: the same facts, each language's words. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { localText } from '../../src/i18n';
import { doneMessage, errorMessage } from '../../src/live-code/messages';
import { parseShareHash } from '../../src/playground/share';
import { runDemo } from '../../src/exercises/demo';
import { caseTitle, judgeCase, summary, type CaseResult } from '../../src/exercises/run-cases';
import { loadExercise } from '../../src/exercises/catalog';
import type * as Engine from '@engine';

describe('run messages', () => {
  it('say the same thing in English and Chinese, with the reader\'s line', () => {
    const runtime = { kind: 'runtime', name: 'Error', message: 'boom', line: 3 } as const;
    expect(errorMessage(runtime)).toBe('Error at line 3: boom');
    expect(errorMessage(runtime, 'zh-cn')).toBe('第 3 行Error：boom');
    const syntax = { kind: 'syntax', name: 'SyntaxError', message: 'Unexpected token (2:4)', line: 2 } as const;
    expect(errorMessage(syntax, 'en')).toBe('Syntax error at line 2: Unexpected token');
    expect(errorMessage(syntax, 'zh-cn')).toBe('第 2 行语法错误：Unexpected token');
    const memory = { kind: 'memory', name: 'RangeError', message: 'Array buffer allocation failed' } as const;
    expect(errorMessage(memory, 'zh-cn')).toBe('内存不足：代码片段申请的内存超出了浏览器允许的范围（RangeError: Array buffer allocation failed）。');
    // The engine's divergence sentence is its own (English) words in both editions; only the line is said in each.
    const divergence = { kind: 'divergence', name: 'DivergenceError', message: 'diverged at epoch 4', line: 12 } as const;
    expect(errorMessage(divergence)).toBe('diverged at epoch 4 (line 12)');
    expect(errorMessage(divergence, 'zh-cn')).toBe('diverged at epoch 4（第 12 行）');
  });

  it('time a finished run in each language', () => {
    expect(doneMessage(240)).toBe('Done in 240 ms.');
    expect(doneMessage(2345)).toBe('Done in 2.3 s.');
    expect(doneMessage(240, 'zh-cn')).toBe('完成，用时 240 毫秒。');
    expect(doneMessage(2345, 'zh-cn')).toBe('完成，用时 2.3 秒。');
  });

  it('explain a broken share link in the page\'s language', () => {
    const problem = (hash: string, locale: 'en' | 'zh-cn') => {
      const parsed = parseShareHash(hash, locale);
      return parsed && 'problem' in parsed ? parsed.problem : null;
    };
    expect(problem('#share=a.ts', 'en')).toBe(en.snippet.shareNoCode);
    expect(problem('#share=a.ts', 'zh-cn')).toMatch(/^这个分享链接里没有代码/);
    expect(problem('#share=a.ts&code=garbage-garbage', 'zh-cn')).toMatch(/^无法读取这个分享链接/);
  });
});

describe('exercise messages', () => {
  const results = (passed: boolean[]): CaseResult[] => passed.map((p, i) => ({ name: `case ${i}`, passed: p }));

  it('summarise a check in each language', () => {
    expect(summary(results([true, true]))).toBe('All 2 cases pass. Solved!');
    expect(summary(results([true, false, false]))).toBe('1 of 3 cases pass.');
    expect(summary(results([true, true]), 'zh-cn')).toBe('全部 2 个用例通过，完成！');
    expect(summary(results([true, false, false]), 'zh-cn')).toBe('3 个用例中通过了 1 个。');
  });

  it('give a bilingual case its name, edge case and hint in the page\'s language, an English-only one in English', () => {
    const bilingual = { name: { en: 'first step', zh: '第一步' }, edge: { en: 'β close to 1', zh: 'β 接近 1' }, hint: { en: 'count t from 1', zh: 't 从 1 数起' } };
    const zh = judgeCase(bilingual, { value: 1 }, 2, undefined, 'zh-cn');
    expect(zh).toMatchObject({ name: '第一步', edge: 'β 接近 1', hint: 't 从 1 数起', passed: false });
    expect(caseTitle(zh, 'zh-cn')).toBe('第一步（边界情况：β 接近 1）');
    const english = judgeCase(bilingual, { value: 1 }, 2);
    expect(english).toMatchObject({ name: 'first step', hint: 'count t from 1' });
    expect(caseTitle(english)).toBe('first step (edge case: β close to 1)');
    const englishOnly = judgeCase({ name: 'two', hint: 'double two' }, { value: 3 }, 4, undefined, 'zh-cn');
    expect(englishOnly).toMatchObject({ name: 'two', hint: 'double two' });
    expect(localText('same', 'zh-cn')).toBe('same');
  });

  it('the chapter with a Chinese edition has every case of its exercise in both languages', async () => {
    const { spec } = await loadExercise('02-exponentially-weighted-averages/exercises/ewa-bias-correction');
    for (const testCase of spec.cases) {
      expect(typeof testCase.name, localText(testCase.name, 'en')).toBe('object');
      expect(typeof testCase.hint, localText(testCase.name, 'en')).toBe('object');
      expect(localText(testCase.hint, 'zh-cn')).toMatch(/[\u4e00-\u9fff]/);
      expect(localText(testCase.name, 'zh-cn')).not.toBe(localText(testCase.name, 'en'));
    }
  });

  it('say a demo that throws in the page\'s language', () => {
    const throwing = () => {
      throw new Error('nope');
    };
    const engine = {} as typeof Engine;
    expect(runDemo(throwing, () => 0, engine).error).toBe('The live figure could not be drawn with your function: Error: nope');
    expect(runDemo(throwing, () => 0, engine, 'zh-cn').error).toBe('无法用你的函数画出动态图：Error: nope');
  });
});
