// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://bygdevekstatlas.no',
  output: 'static',
  trailingSlash: 'always',
  // Astro 7's default 'jsx' compression can glue words across inline tags ("Pilot:Tanakommune").
  compressHTML: true,
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
