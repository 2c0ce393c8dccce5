/**
 * The two chart shapes of the page on Chart.js 4 (tree-shaken: only the controllers, elements,
 * scales and plugins registered here are bundled). Canvas rendering, no animation, and for lines
 * pre-parsed `{x, y}` points (`parsing: false`, `normalized: true`) with the LTTB decimation plugin,
 * so thousands of hourly points draw fast.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Decimation,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { seriesColour, seriesDash, type SeriesColours } from './palette';
import { periodLabel, quantity } from './format';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Decimation,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.color = '#1f2328';
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

/** One bar series: its label and one value per category (null: none). */
export interface BarSeries {
  label: string;
  values: Array<number | null>;
}

export interface BarChartOptions {
  labels: string[];
  series: BarSeries[];
  stacked: boolean;
  /** Bars along the y axis (a ranked list). */
  horizontal?: boolean;
  /** Formats a value for the axis (compact) and the tooltip. */
  format: (value: number, compact: boolean) => string;
  /** Called with the category index of a clicked bar. */
  onClick?: (index: number) => void;
  /** Keeps each series' colour across redraws. */
  colours: SeriesColours;
}

/** A category label cut to `max` characters (long names would squeeze a narrow chart). */
function shortLabel(label: string, max = 24): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

/** A bar chart, stacked or grouped, vertical or horizontal. */
export function barChart(canvas: HTMLCanvasElement, o: BarChartOptions): Chart<'bar'> {
  const valueAxis = o.horizontal ? 'x' : 'y';
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: o.labels,
      datasets: o.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: seriesColour(o.colours.slot(s.label)),
        // A white edge keeps neighbouring stacks apart when two colours are close for a reader.
        borderColor: '#ffffff',
        borderWidth: o.stacked ? 1 : 0,
      })),
    },
    options: {
      indexAxis: o.horizontal ? 'y' : 'x',
      onClick: o.onClick
        ? (_event, elements) => {
            const hit = elements[0];
            if (hit !== undefined) o.onClick?.(hit.index);
          }
        : undefined,
      plugins: {
        legend: { display: o.series.length > 1, position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${o.format(Number(item.raw), false)}`,
          },
        },
      },
      scales: {
        x: { stacked: o.stacked },
        y: { stacked: o.stacked },
        // The category axis: full names are in the tooltip and the data table.
        [o.horizontal ? 'y' : 'x']: {
          stacked: o.stacked,
          ticks: { callback: (_v: unknown, i: number) => shortLabel(o.labels[i] ?? '') },
        },
        [valueAxis]: {
          stacked: o.stacked,
          beginAtZero: true,
          ticks: { callback: (v) => o.format(Number(v), true) },
        },
      },
    },
  });
}

/** One line series: `x` is the period start in ms since the epoch. */
export interface LineSeries {
  label: string;
  points: Array<{ x: number; y: number }>;
}

/** A time line chart of rollup periods on a linear ms axis (no date adapter needed). */
export function lineChart(
  canvas: HTMLCanvasElement,
  series: LineSeries[],
  granularity: string,
  colours: SeriesColours,
): Chart<'line'> {
  const many = series.some((s) => s.points.length > 200);
  return new Chart(canvas, {
    type: 'line',
    data: {
      datasets: series.map((s) => ({
        label: s.label,
        data: s.points,
        borderColor: seriesColour(colours.slot(s.label)),
        backgroundColor: seriesColour(colours.slot(s.label)),
        borderDash: seriesDash(colours.slot(s.label)),
        borderWidth: 2,
        pointRadius: many ? 0 : 2,
        tension: 0,
      })),
    },
    options: {
      parsing: false,
      normalized: true,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      plugins: {
        decimation: { enabled: true, algorithm: 'lttb', samples: 400 },
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? periodLabel(items[0].parsed.x ?? 0, granularity) : ''),
            label: (item) => `${item.dataset.label ?? ''}: ${quantity(item.parsed.y ?? 0)}`,
          },
        },
      },
      scales: {
        x: {
          type: 'linear',
          ticks: { maxTicksLimit: 8, callback: (v) => periodLabel(Number(v), granularity) },
        },
        y: { beginAtZero: true, ticks: { callback: (v) => quantity(Number(v), true) } },
      },
    },
  });
}
