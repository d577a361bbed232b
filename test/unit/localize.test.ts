import { describe, expect, it } from 'vitest';
import { localized } from '../../src/lib/localize';

// Every chapter and exercise has its Chinese text today; the fallback for the next chapter an author adds
// (shown in English under /zh-cn/, with a notice) is this rule.
describe('which text a page shows', () => {
  const english = { body: 'English text' };
  const written = { body: '中文正文' };
  const titleOnly = { body: '   ' };
  const hasText = (t: { body: string }) => t.body.trim() !== '';

  it('a translated text in its own language', () => {
    expect(localized('zh-cn', english, written, hasText)).toEqual({ entry: written, contentLocale: 'zh-cn' });
  });

  it('the English original, marked English, when there is no translation or only its frontmatter', () => {
    expect(localized('zh-cn', english, undefined, hasText)).toEqual({ entry: english, contentLocale: 'en' });
    expect(localized('zh-cn', english, titleOnly, hasText)).toEqual({ entry: english, contentLocale: 'en' });
  });

  it('English pages always show the original', () => {
    expect(localized('en', english, written, hasText)).toEqual({ entry: english, contentLocale: 'en' });
  });
});
