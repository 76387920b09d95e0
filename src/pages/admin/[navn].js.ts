/** Decap's bundle and chunks, copied from node_modules so /admin/ loads nothing from another server. */
import { bundleFile, bundlePaths } from '../../lib/editing/index.ts';

export const getStaticPaths = () => bundlePaths('js');
export const GET = ({ params }: { params: { navn: string } }) => bundleFile(params.navn, 'js');
