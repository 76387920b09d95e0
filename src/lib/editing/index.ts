// The public surface of src/lib/editing for the rest of the site (see README.md); tests may import its modules directly.
export { bundleFile, bundlePaths } from './adminBundleRoute.ts';
export { adminCsp, adminHtml } from './adminPage.ts';
export { cmsConfigYaml, formLabel } from './cmsConfig.ts';
export { cmsPublishMode } from './localBackend.ts';
export { newAktor, type NewFile, newKilde, newPlan, newTiltak, ScaffoldError } from './scaffold.ts';
