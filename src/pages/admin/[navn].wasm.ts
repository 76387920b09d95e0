/** The WebAssembly Decap loads on demand, copied like the bundle. */
import { bundleFile, bundlePaths } from '../../lib/editing/index.ts';

export const getStaticPaths = () => bundlePaths('wasm');
export const GET = ({ params }: { params: { navn: string } }) => bundleFile(params.navn, 'wasm');
