// What browser code may import from src/lib/loading: pure helpers only, no schemas and no `fs`.
export { editDistance } from './hint.ts';
