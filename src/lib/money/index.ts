// The public surface of src/lib/money for the rest of the site (see README.md); tests may import its modules directly.
export { BELOP_OMFANG, belopMedOmfang, belopOverskrift, omfang, tiltakBelop } from './belopOmfang.ts';
export {
  type AmountSum,
  belopPerTiltak,
  type BudgetBreakdown,
  isBygdevekstmidler,
  nationalBudget,
  pilotBudget,
  planBudget,
  statedAmount,
  sumFunding,
  type TiltakEntry,
} from './budget.ts';
export {
  type BudgetChartData,
  chartHeight,
  type ChartJsData,
  chartJson,
  delmalChart,
  fundingSourceChart,
  type Monster,
  perInhabitantChart,
  pilotComparisonChart,
  statedVsComputedChart,
  themeChart,
  themeComparisonChart,
  yearChart,
} from './chartData.ts';
export { finansiorer, summer, sumVerdi } from './funders.ts';
export { grunnlagsplan, type PilotPenger, pilotPenger } from './grunnlag.ts';
export { type PengerForst, pengerForst } from './pengerForst.ts';
export { aktorPenger, giverCsv, pengerSide } from './pengerSide.ts';
export { sammenligning } from './pilotComparison.ts';
