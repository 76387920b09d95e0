export { tegnKart, fastlandsomriss } from './kart.ts';
export type { Kart, KartKommune, KartPilot, KartPilotMerke, KartPunkt } from './kart.ts';
export { norgesOmriss } from './norge.ts';
