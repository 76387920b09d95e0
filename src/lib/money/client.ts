// What browser code may import from src/lib/money: modules free of build-time code, so client bundles stay small.
export { BELOP_OMFANG } from './belopOmfang.ts';
