import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminHtml, decapBundleFiles } from '../../src/lib/editing/adminPage.ts';
import { cmsConfigYaml } from '../../src/lib/editing/cmsConfig.ts';
import { cmsPublishMode } from '../../src/lib/editing/localBackend.ts';
import { builtPages, DIST, fileForPath } from '../helpers/builtSite.ts';

describe('/admin/ in the built site', () => {
  it('is the editing page with the configuration generated from the schemas and the bundle beside it', () => {
    expect(readFileSync(join(DIST, 'admin/index.html'), 'utf8')).toBe(adminHtml());
    const config = readFileSync(join(DIST, 'admin/config.yml'), 'utf8');
    expect(config).toBe(cmsConfigYaml({ publishMode: cmsPublishMode() }));
    // The published CMS proposes every change for review (issue 22); only `npm run cms` edits directly.
    expect(config).toMatch(/^publish_mode: editorial_workflow$/m);
    for (const f of decapBundleFiles()) expect(existsSync(join(DIST, 'admin', f)), f).toBe(true);
  });

  it('is the only page that loads Decap, and it is not in the sitemap', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((p) => readFileSync(fileForPath(p), 'utf8').includes('decap-cms'))).toEqual([]);
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/piloter/');
    expect(sitemap).not.toContain('/admin/');
  });
});
