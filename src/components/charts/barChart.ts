/**
 * Draws one horizontal bar chart. Loaded by chart-island.ts with a dynamic import(), only when a
 * chart scrolls into view, so pages without charts (and readers who never scroll to one) never
 * download Chart.js. Registers only the parts a bar chart uses: tree-shaken this is about 51 KB
 * gzipped against 77 KB for `chart.js/auto`.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type Plugin,
} from 'chart.js';
import type { ChartJsData, Monster } from '../../lib/money/index.ts';
import { formatKronebelop, formatKroner } from '../../lib/format.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const compact = new Intl.NumberFormat('nb-NO', { notation: 'compact', maximumFractionDigits: 1 });
/** Type sizes in px: readable on a 360 px phone, never below 13 px for the values. */
const FONT = { label: 14, value: 13, axis: 12 };
const FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** A long category name in lines of at most `max` characters, so it wraps instead of squeezing the bars. */
function wrap(label: string, max: number): string | string[] {
  if (label.length <= max) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A small tile of the series' colour with white marks, repeated; the legend shows it too. */
function fill(farge: string, monster: Monster): string | CanvasPattern {
  if (monster === 'hel') return farge;
  const size = 10;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return farge;
  ctx.fillStyle = farge;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = '#ffffff';
  ctx.lineWidth = 2;
  ctx.beginPath();
  if (monster === 'skraa') {
    ctx.moveTo(0, size);
    ctx.lineTo(size, 0);
    ctx.moveTo(-size / 2, size / 2);
    ctx.lineTo(size / 2, -size / 2);
    ctx.moveTo(size / 2, size * 1.5);
    ctx.lineTo(size * 1.5, size / 2);
    ctx.stroke();
  } else if (monster === 'prikker') {
    ctx.arc(size / 2, size / 2, 1.8, 0, Math.PI * 2);
    ctx.fill();
  } else if (monster === 'rutenett') {
    ctx.moveTo(size / 2, 0);
    ctx.lineTo(size / 2, size);
    ctx.moveTo(0, size / 2);
    ctx.lineTo(size, size / 2);
    ctx.stroke();
  } else {
    ctx.moveTo(0, size / 2);
    ctx.lineTo(size, size / 2);
    ctx.stroke();
  }
  return ctx.createPattern(tile, 'repeat') ?? farge;
}

/**
 * Writes each bar's amount at its end, so the value is read off the bar, not guessed from the
 * axis, and «ikke oppgitt» where there is no bar, so a missing amount never looks like zero.
 */
const directLabels: Plugin<'bar'> = {
  id: 'bygdevekstDirectLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const zero = chart.scales.x.getPixelForValue(0);
    ctx.save();
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((dataset, i) => {
      const meta = chart.getDatasetMeta(i);
      if (meta.hidden) return;
      meta.data.forEach((bar, j) => {
        const value = dataset.data[j];
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
        if (!Number.isFinite(y)) return;
        if (typeof value === 'number') {
          ctx.font = `${FONT.value}px ${FAMILY}`;
          ctx.fillStyle = '#1b2620';
          ctx.fillText(formatKroner(value), x + 6, y);
        } else {
          ctx.font = `italic ${FONT.value}px ${FAMILY}`;
          ctx.fillStyle = '#4d5a53';
          ctx.fillText('ikke oppgitt', zero + 6, y);
        }
      });
    });
    ctx.restore();
  },
};

export function drawBarChart(canvas: HTMLCanvasElement, data: ChartJsData): Chart<'bar'> {
  // On a phone the names wrap and the axis shows short amounts («1,5 mill.»), so the bars keep room.
  const narrow = (canvas.parentElement?.clientWidth ?? 800) < 520;
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels.map((l) => wrap(l, narrow ? 12 : 32)),
      datasets: data.datasets.map((d) => ({
        label: d.label,
        data: d.data,
        backgroundColor: fill(d.farge, d.monster),
        borderColor: d.farge,
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      // Room at the right for the direct labels.
      layout: { padding: { right: narrow ? 92 : 110 } },
      scales: {
        x: {
          beginAtZero: true,
          ticks: {
            callback: (value) =>
              typeof value === 'number' ? (narrow ? compact.format(value) : formatKronebelop(value)) : value,
            color: '#4d5a53',
            font: { size: FONT.axis, family: FAMILY },
            maxTicksLimit: narrow ? 4 : 8,
          },
          grid: { color: '#dde3e0' },
        },
        y: { ticks: { color: '#1b2620', autoSkip: false, font: { size: FONT.label, family: FAMILY } } },
      },
      plugins: {
        legend: {
          display: data.datasets.length > 1,
          position: 'top',
          labels: { color: '#1b2620', font: { size: FONT.label, family: FAMILY } },
        },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ${typeof item.raw === 'number' ? formatKroner(item.raw) : 'ikke oppgitt'}`,
          },
        },
      },
    },
    plugins: [directLabels],
  });
}
