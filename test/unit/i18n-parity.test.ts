import { describe, expect, it } from 'vitest';
import { anchors, chineseChapters, uses } from './i18n-chapters';

// A translation must show the same live parts and sections as its English chapter: when the English
// text gains a snippet, a number or a section, this fails until the Chinese text follows.
const translated = chineseChapters().filter((c) => c.chinese.trim() !== '');

describe('Chinese chapters match their English chapters', () => {
  it('at least one chapter is translated', () => {
    expect(translated.map((c) => c.folder)).toContain('02-exponentially-weighted-averages');
  });

  for (const { folder, english, chinese } of translated) {
    it(`${folder}: same snippets, values, exercises and section anchors`, () => {
      expect(uses(chinese, 'Snippet', ['src'])).toEqual(uses(english, 'Snippet', ['src']));
      expect(uses(chinese, 'Value', ['src', 'name'])).toEqual(uses(english, 'Value', ['src', 'name']));
      expect(uses(chinese, 'Exercise', ['src'])).toEqual(uses(english, 'Exercise', ['src']));
      expect(uses(chinese, 'ExerciseProgress', ['chapter'])).toEqual(uses(english, 'ExerciseProgress', ['chapter']));
      expect([...anchors(chinese)].sort()).toEqual([...anchors(english)].sort());
      // The same prompts, and the same answers held back until the reader has predicted.
      for (const part of ['Try', 'Reveal', 'Predict']) {
        expect(uses(chinese, part, []).length, `<${part}> count`).toBe(uses(english, part, []).length);
      }
    });
  }

  it('finds what it compares (the checks are not vacuous)', () => {
    const chapter = translated.find((c) => c.folder === '02-exponentially-weighted-averages')!;
    expect(uses(chapter.english, 'Snippet', ['src'])).toHaveLength(3);
    expect(uses(chapter.english, 'Value', ['src', 'name']).length).toBeGreaterThan(10);
    expect(anchors(chapter.english)).toContain('bias-correction');
    expect(anchors('## 偏差修正 \\{#bias-correction}\n## How many values does it average?')).toEqual(['bias-correction', 'how-many-values-does-it-average']);
    // drift is caught: a Value the Chinese text lacks
    const drifted = chapter.chinese.replace(/<Value [^>]*name="meanAge"[^>]*\/>/, '');
    expect(uses(drifted, 'Value', ['src', 'name'])).not.toEqual(uses(chapter.english, 'Value', ['src', 'name']));
  });
});
