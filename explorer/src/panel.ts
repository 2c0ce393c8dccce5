/**
 * One chart panel of the page: title, controls, status (loading / empty), typed errors, the chart,
 * an accessible data table of exactly the numbers drawn, and its "Download CSV" links. Each panel
 * publishes its state on `window.__explorer.charts[name]` (what the browser tests read back).
 */
import type { Chart } from 'chart.js';
import type { TypedError } from './client';
import { SeriesColours } from './palette';

/** One drawn value, exact as the API wrote it: `value` is the decimal string, not the plotted double. */
export interface Point {
  /** The series (a provider, a service, a usage type). */
  series: string;
  /** The category or period (`YYYY-MM`, an ISO instant, a name). */
  x: string;
  value: string;
}

/** What a panel publishes for tests and for anyone inspecting the page. */
export interface PanelSnapshot {
  state: 'loading' | 'ready' | 'empty' | 'error';
  points: Point[];
  errors: TypedError[];
  downloads: string[];
  /** The Chart.js data object drawn (live), or null before the first draw. */
  data: Chart['data'] | null;
}

declare global {
  interface Window {
    __explorer: { charts: Record<string, PanelSnapshot> };
  }
}
window.__explorer ??= { charts: {} };

/** A download link: what it says and the export URL of exactly the panel's data. */
export interface Download {
  label: string;
  href: string;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'className' | 'id' | 'textContent', string>> = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  Object.assign(el, props);
  el.append(...children);
  return el;
}

export { element };

export class Panel {
  readonly root: HTMLElement;
  /** Where a panel's own controls go (pickers, switches). */
  readonly controls: HTMLElement;
  private readonly status: HTMLElement;
  private readonly errorBox: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly table: HTMLTableElement;
  private readonly tableBox: HTMLDetailsElement;
  private readonly links: HTMLElement;
  /** Each series' colour, kept across this panel's redraws. */
  readonly colours = new SeriesColours();
  private chart: Chart | null = null;
  private ticket = 0;
  private readonly snapshot: PanelSnapshot = { state: 'loading', points: [], errors: [], downloads: [], data: null };

  constructor(
    parent: HTMLElement,
    readonly name: string,
    title: string,
    description: string,
  ) {
    const titleId = `${name}-title`;
    this.controls = element('div', { className: 'controls' });
    this.status = element('p', { className: 'status' });
    this.status.setAttribute('role', 'status');
    this.errorBox = element('div', { className: 'errors' });
    this.errorBox.setAttribute('role', 'alert');
    this.canvas = element('canvas');
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', `${title}: chart; the numbers are in the data table below it`);
    this.table = element('table');
    this.tableBox = element('details', {}, [element('summary', { textContent: 'Data table' }), this.table]);
    this.links = element('p', { className: 'downloads' });
    this.root = element('section', { className: 'panel', id: name }, [
      element('h2', { id: titleId, textContent: title }),
      element('p', { className: 'description', textContent: description }),
      this.controls,
      this.status,
      this.errorBox,
      element('div', { className: 'chart-box' }, [this.canvas]),
      this.tableBox,
      this.links,
    ]);
    this.root.setAttribute('aria-labelledby', titleId);
    this.root.dataset.state = 'loading';
    parent.append(this.root);
    window.__explorer.charts[name] = this.snapshot;
  }

  /**
   * Starts a load: shows the loading state and returns a function telling whether this load is still
   * the latest (a slow answer to an older choice must not overwrite a newer one).
   */
  begin(downloads: Download[]): () => boolean {
    const ticket = ++this.ticket;
    this.setState('loading');
    this.root.setAttribute('aria-busy', 'true');
    this.status.textContent = 'Loading…';
    this.errorBox.replaceChildren();
    this.snapshot.errors = [];
    this.links.replaceChildren(
      ...downloads.map((d) => {
        const a = element('a', { textContent: d.label });
        a.href = d.href;
        a.setAttribute('download', '');
        return a;
      }),
    );
    this.snapshot.downloads = downloads.map((d) => d.href);
    return () => ticket === this.ticket;
  }

  /** Shows typed errors (a failed provider, a GraphQL error) above whatever else the panel draws. */
  showErrors(errors: readonly TypedError[]): void {
    this.snapshot.errors = [...errors];
    this.errorBox.replaceChildren(
      ...errors.map((e) => {
        const box = element('div', { className: 'error' }, [
          element('strong', { textContent: [e.provider, e.code].filter(Boolean).join(' · ') }),
          document.createTextNode(` ${e.message}`),
        ]);
        box.dataset.code = e.code;
        if (e.provider !== undefined) box.dataset.provider = e.provider;
        return box;
      }),
    );
  }

  /**
   * Draws: `draw` builds the Chart.js chart on the panel's canvas from `points` (the previous chart is
   * destroyed first). No points: the empty state, or the error state when errors are shown.
   */
  render(points: Point[], draw: (canvas: HTMLCanvasElement) => Chart, table: HTMLTableSectionElement[]): void {
    this.root.removeAttribute('aria-busy');
    this.chart?.destroy();
    this.chart = null;
    this.snapshot.points = points;
    this.table.replaceChildren(...table);
    if (points.length === 0) {
      this.snapshot.data = null;
      this.setState(this.snapshot.errors.length > 0 ? 'error' : 'empty');
      this.status.textContent =
        this.snapshot.errors.length > 0 ? 'No data: the error is below.' : 'No data for this choice.';
      return;
    }
    this.chart = draw(this.canvas);
    this.snapshot.data = this.chart.data;
    this.status.textContent = '';
    this.setState('ready');
  }

  /** Shows the data table open (a ranking whose rows are the drill-down's buttons). */
  openTable(): void {
    this.tableBox.open = true;
  }

  /** Hides or shows the whole panel. */
  set hidden(hidden: boolean) {
    this.root.hidden = hidden;
  }

  private setState(state: PanelSnapshot['state']): void {
    this.snapshot.state = state;
    this.root.dataset.state = state;
  }
}

/** A data table (head and body) of `points`: one row per x, one column per series, exact values. */
export function pivotTable(
  points: readonly Point[],
  xs: readonly string[],
  series: readonly string[],
  xLabel: (x: string) => string,
  xHeading: string,
): HTMLTableSectionElement[] {
  const byKey = new Map(points.map((p) => [`${p.series}\u0000${p.x}`, p.value]));
  const head = element('thead', {}, [
    element(
      'tr',
      {},
      [xHeading, ...series].map((s) => element('th', { textContent: s })),
    ),
  ]);
  const body = element(
    'tbody',
    {},
    xs.map((x) =>
      element('tr', {}, [
        element('th', { textContent: xLabel(x) }),
        ...series.map((s) => element('td', { textContent: byKey.get(`${s}\u0000${x}`) ?? '' })),
      ]),
    ),
  );
  head.rows[0]?.cells[0]?.setAttribute('scope', 'col');
  return [head, body];
}
