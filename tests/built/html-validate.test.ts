import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath } from '../helpers/builtSite.ts';
import { htmlvalidate, messages } from '../helpers/htmlValidate.ts';

describe('html-validate on the built pages', () => {
  const pages = builtPages();
  it('finds pages to validate', () => expect(pages.length).toBeGreaterThan(10));
  it.each(pages)('%s has no errors', async (path) => {
    const report = await htmlvalidate.validateFile(fileForPath(path));
    expect(messages(report)).toEqual([]);
  });
});
