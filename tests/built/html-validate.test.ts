import { describe, expect, it } from 'vitest';
import { HtmlValidate, type Report } from 'html-validate';
import { builtPages, fileForPath } from '../helpers/builtSite.ts';

const htmlvalidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes long lines and its own attribute order; these are style, not validity.
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'no-trailing-whitespace': 'off',
    // Norwegian text legitimately contains «» quotes and non-breaking spaces from Intl.
    'no-raw-characters': ['error', { relaxed: true }],
  },
});

function messages(report: Report): string[] {
  return report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId} (linje ${m.line}): ${m.message}`),
  );
}

describe('html-validate on the built pages', () => {
  const pages = builtPages();
  it('finds pages to validate', () => expect(pages.length).toBeGreaterThan(10));
  it.each(pages)('%s has no errors', async (path) => {
    const report = await htmlvalidate.validateFile(fileForPath(path));
    expect(messages(report)).toEqual([]);
  });
});
