import { cmsConfigYaml } from '../../lib/editing/index.ts';

export function GET(): Response {
  return new Response(cmsConfigYaml(), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
}
