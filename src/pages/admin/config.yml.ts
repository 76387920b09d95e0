import { cmsConfigYaml, cmsPublishMode } from '../../lib/editing/index.ts';

export function GET(): Response {
  return new Response(cmsConfigYaml({ publishMode: cmsPublishMode() }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
}
