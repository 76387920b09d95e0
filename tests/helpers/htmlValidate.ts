/** The one html-validate configuration for built pages, real site and fixture sites alike. */
import { HtmlValidate, type Report } from 'html-validate';

export const htmlvalidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes long lines and its own attribute order; these are style, not validity.
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'no-trailing-whitespace': 'off',
    // Norwegian text legitimately contains «» quotes and non-breaking spaces from Intl.
    'no-raw-characters': ['error', { relaxed: true }],
    // A group of checkboxes shares one name (?type=kommune&type=pilot on /sok/): valid HTML, and the
    // Nu Html Checker (tests/built/vnu.test.ts) accepts it; html-validate only shares radios by default.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

export function messages(report: Report): string[] {
  return report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId} (linje ${m.line}): ${m.message}`),
  );
}
