/**
 * The usage explorer: spend by provider and month, usage over time, top sub accounts and services,
 * and a drill-down into one sub account. Every number comes from meterql's GraphQL API through the
 * typed documents of ./operations; every chart links to the CSV export of exactly its data.
 */
import { client, errorsOf, failureErrors } from './client';
import {
  OrgSpendQuery,
  ProductFamiliesQuery,
  SpendByProviderQuery,
  SpendByServiceQuery,
  SpendBySubAccountQuery,
  UsageRollupQuery,
  UsageTypesQuery,
} from './operations';
import type { ProductFamily, RollupGranularity } from '../gql/graphql';
import { barChart, lineChart } from './charts';
import { sumDecimals } from './decimals';
import { exportUrl } from './exportLinks';
import { addMonths, money, monthLabel, monthOf, monthText, periodLabel, quantity } from './format';
import { element, Panel, pivotTable, type Point } from './panel';

/** How many entries the ranked lists show. */
const TOP = 10;
/** Services a drill-down shows by name; the rest are summed as one series. */
const NAMED_SERVICES = 7;
const OTHER_SERVICES = 'Other services';
const GRANULARITIES: RollupGranularity[] = ['HOUR', 'DAY', 'WEEK', 'MONTH'];

const app = document.getElementById('app') as HTMLElement;
const now = new Date();

/** The billing months every spend chart covers: `YYYY-MM`, `end` exclusive. */
const months = { start: monthText(addMonths(now, -5)), end: monthText(addMonths(now, 1)) };
/** The usage panels' choice. */
const usage = {
  families: ['infra_hosts'] as ProductFamily[],
  types: [] as string[],
  granularity: 'DAY' as RollupGranularity,
  days: 30,
};

/** The months from `start` to `end` (exclusive), `YYYY-MM`. */
function monthRange(): string[] {
  const list: string[] = [];
  for (let m = new Date(`${months.start}-01T00:00:00Z`); monthText(m) < months.end; m = addMonths(m, 1))
    list.push(monthText(m));
  return list;
}

/** The first hour of the usage range: midnight UTC, `usage.days` ago (stable, so answers cache). */
function usageStart(): string {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - usage.days * 86_400_000).toISOString();
}

const spendLink = (orgs?: string[]) => ({
  label: 'Download CSV (the FOCUS rows these totals add up)',
  href: exportUrl('focus', { billingPeriodStart: months.start, billingPeriodEnd: months.end, orgs }),
});

/**
 * The currency of a set of groups, or null when they mix currencies: FOCUS never adds amounts of two
 * currencies, and neither does a chart, so each series or bar then names its currency.
 */
function currencyOf(groups: ReadonlyArray<{ billingCurrency: string }>): string | null {
  const currencies = new Set(groups.map((g) => g.billingCurrency));
  return currencies.size <= 1 ? (groups[0]?.billingCurrency ?? 'USD') : null;
}

/** A series or category name, with the group's currency when the chart mixes currencies. */
function named(name: string, group: { billingCurrency: string }, currency: string | null): string {
  return currency === null ? `${name} (${group.billingCurrency})` : name;
}

/** Amounts in one currency as money; mixed currencies as plain figures (the names carry the currency). */
function amountFormat(currency: string | null): (value: number, compact: boolean) => string {
  return (value, compact) => (currency === null ? quantity(value, compact) : money(value, currency, compact));
}

/** Series order: by total, largest first (the stack's base is its biggest part). */
function seriesByTotal(points: readonly Point[]): string[] {
  const totals = new Map<string, number>();
  for (const p of points) totals.set(p.series, (totals.get(p.series) ?? 0) + Number(p.value));
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
}

/** Stacked bars of `points` by month (a series named {@link OTHER_SERVICES} last). */
function drawMonthlyStack(panel: Panel, points: Point[], currency: string | null): void {
  const xs = monthRange();
  const series = seriesByTotal(points).sort((a, b) => Number(a === OTHER_SERVICES) - Number(b === OTHER_SERVICES));
  const byKey = new Map(points.map((p) => [`${p.series}\u0000${p.x}`, Number(p.value)]));
  panel.render(
    points,
    (canvas) =>
      barChart(canvas, {
        labels: xs.map(monthLabel),
        series: series.map((s) => ({ label: s, values: xs.map((x) => byKey.get(`${s}\u0000${x}`) ?? null) })),
        stacked: true,
        format: amountFormat(currency),
        colours: panel.colours,
      }),
    pivotTable(points, xs, series, monthLabel, 'Month'),
  );
}

// (a) spend by provider and month

const spendPanel = new Panel(
  app,
  'spend-by-provider',
  'Spend by provider and month',
  'FOCUS BilledCost of every provider, stacked by billing month (focusSummary grouped by PROVIDER and BILLING_PERIOD).',
);

async function loadSpend(): Promise<void> {
  const latest = spendPanel.begin([spendLink()]);
  const result = await client.query(SpendByProviderQuery, {
    billingPeriodStart: months.start,
    billingPeriodEnd: months.end,
  });
  if (!latest()) return;
  const summary = result.data?.focusSummary;
  spendPanel.showErrors([...errorsOf(result.error), ...failureErrors(summary?.failures ?? [])]);
  const groups = summary?.groups ?? [];
  const currency = currencyOf(groups);
  const points = groups.map((g) => ({
    series: named(g.providerName ?? '', g, currency),
    x: monthOf(g.billingPeriodStart ?? ''),
    value: g.billedCost,
  }));
  drawMonthlyStack(spendPanel, points, currency);
}

// (c) top sub accounts and services

interface SubAccount {
  provider: string;
  id: string;
  name: string;
}

const topOrgsPanel = new Panel(
  app,
  'top-orgs',
  'Top orgs and namespaces by spend',
  'The 10 sub accounts (Datadog child orgs, F5 namespaces) with the highest BilledCost over the months shown. Choose one to drill down. Charges billed to an account as a whole have no sub account and are not ranked here.',
);
topOrgsPanel.openTable();
const topServicesPanel = new Panel(
  app,
  'top-services',
  'Top services by spend',
  'The 10 services (FOCUS ServiceName: Datadog billing dimensions, Fastly products, F5 usage items) with the highest BilledCost.',
);

/** Ranked horizontal bars of `points` (one series), with a drill-down button per entry when asked. */
function drawRanking(panel: Panel, points: Point[], currency: string | null, drill?: (index: number) => void): void {
  const head = element('thead', {}, [
    element(
      'tr',
      {},
      ['#', points[0]?.series ?? 'Name', 'BilledCost'].map((t) => element('th', { textContent: t })),
    ),
  ]);
  const body = element(
    'tbody',
    {},
    points.map((p, i) => {
      const name: Node = drill
        ? element('button', { textContent: p.x, className: 'link' })
        : document.createTextNode(p.x);
      if (drill) name.addEventListener('click', () => drill(i));
      return element('tr', {}, [
        element('td', { textContent: String(i + 1) }),
        element('th', {}, [name]),
        element('td', { textContent: p.value }),
      ]);
    }),
  );
  panel.render(
    points,
    (canvas) =>
      barChart(canvas, {
        labels: points.map((p) => p.x),
        series: [{ label: 'BilledCost', values: points.map((p) => Number(p.value)) }],
        stacked: false,
        horizontal: true,
        format: amountFormat(currency),
        colours: panel.colours,
        ...(drill ? { onClick: drill } : {}),
      }),
    [head, body],
  );
}

/** The `TOP` largest of `entries` by exact value (compared as numbers; ties keep the API's order). */
function topByValue<T extends { billedCost: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => Number(b.billedCost) - Number(a.billedCost)).slice(0, TOP);
}

async function loadTopOrgs(): Promise<void> {
  const latest = topOrgsPanel.begin([spendLink()]);
  const result = await client.query(SpendBySubAccountQuery, {
    billingPeriodStart: months.start,
    billingPeriodEnd: months.end,
  });
  if (!latest()) return;
  const summary = result.data?.focusSummary;
  topOrgsPanel.showErrors([...errorsOf(result.error), ...failureErrors(summary?.failures ?? [])]);
  const top = topByValue((summary?.groups ?? []).filter((g) => g.subAccountId !== null));
  const accounts: SubAccount[] = top.map((g) => ({
    provider: g.providerName ?? '',
    id: g.subAccountId ?? '',
    name: g.subAccountName ?? g.subAccountId ?? '',
  }));
  const currency = currencyOf(top);
  const points = top.map((g, i) => ({
    series: 'Sub account',
    x: named(`${accounts[i]?.name} (${accounts[i]?.provider})`, g, currency),
    value: g.billedCost,
  }));
  drawRanking(topOrgsPanel, points, currency, (i) => {
    const account = accounts[i];
    if (account !== undefined) void drillInto(account);
  });
}

async function loadTopServices(): Promise<void> {
  const latest = topServicesPanel.begin([spendLink()]);
  const result = await client.query(SpendByServiceQuery, {
    billingPeriodStart: months.start,
    billingPeriodEnd: months.end,
  });
  if (!latest()) return;
  const summary = result.data?.focusSummary;
  topServicesPanel.showErrors([...errorsOf(result.error), ...failureErrors(summary?.failures ?? [])]);
  const top = topByValue(summary?.groups ?? []);
  const currency = currencyOf(top);
  const points = top.map((g) => ({
    series: 'Service',
    x: named(g.serviceName ?? '', g, currency),
    value: g.billedCost,
  }));
  drawRanking(topServicesPanel, points, currency);
}

// (b) usage over time

const usagePanel = new Panel(
  app,
  'usage-over-time',
  'Usage over time',
  'Datadog usage of the whole account (child orgs included), rolled up in the gateway per period with each usage type’s billing aggregation (usageRollup).',
);

/** The rollup rows of a choice as line points and series; `orgs` narrows to one org. */
async function loadRollup(panel: Panel, orgs: string[] | null): Promise<void> {
  const variables = {
    productFamilies: usage.families.length > 0 ? usage.families : null,
    usageTypes: usage.types.length > 0 ? usage.types : null,
    start: usageStart(),
    granularity: usage.granularity,
    orgs,
    includeDescendants: orgs === null,
  };
  const common = {
    productFamilies: variables.productFamilies,
    start: variables.start,
    includeDescendants: variables.includeDescendants,
  };
  const latest = panel.begin([
    {
      label: 'Download CSV (these rollup rows)',
      href: exportUrl('usageRollup', {
        ...common,
        usageTypes: variables.usageTypes,
        granularity: variables.granularity,
        groupBy: ['PRODUCT_FAMILY', 'USAGE_TYPE'],
        orgs,
      }),
    },
    ...(orgs === null
      ? [{ label: 'Download CSV (the hourly records rolled up)', href: exportUrl('hourlyUsage', common) }]
      : []),
  ]);
  const result = await client.query(UsageRollupQuery, variables);
  if (!latest()) return;
  panel.showErrors(errorsOf(result.error));
  const rows = result.data?.usageRollup ?? [];
  const points: Point[] = rows.map((r) => ({
    series: `${r.productFamily ?? ''} / ${r.usageType ?? ''} (${r.aggregation})`,
    x: r.periodStart,
    value: r.value,
  }));
  const series = [...new Set(points.map((p) => p.series))];
  const xs = [...new Set(points.map((p) => p.x))].sort();
  panel.render(
    points,
    (canvas) =>
      lineChart(
        canvas,
        series.map((s) => ({
          label: s,
          points: points.filter((p) => p.series === s).map((p) => ({ x: Date.parse(p.x), y: Number(p.value) })),
        })),
        usage.granularity,
        panel.colours,
      ),
    pivotTable(points, xs, series, (x) => periodLabel(Date.parse(x), usage.granularity), 'Period'),
  );
}

/** A labelled `<select>`; `multiple` ones say how to pick several. */
function select(label: string, multiple: boolean, onChange: (values: string[]) => void): HTMLSelectElement {
  const el = element('select');
  el.multiple = multiple;
  if (multiple) el.size = 6;
  el.addEventListener('change', () => onChange([...el.selectedOptions].map((o) => o.value)));
  const hint = multiple ? ' (Ctrl/⌘-click for several)' : '';
  usagePanel.controls.append(element('label', {}, [element('span', { textContent: `${label}${hint}` }), el]));
  return el;
}

const familyPicker = select('Product families', true, (values) => {
  usage.families = values as ProductFamily[];
  usage.types = [];
  void loadUsageTypes();
  void reloadUsage();
});
const typePicker = select('Usage types (none chosen: all)', true, (values) => {
  usage.types = values;
  void reloadUsage();
});
const rangePicker = select('Range', false, (values) => {
  usage.days = Number(values[0]);
  void reloadUsage();
});
for (const days of [7, 30, 90]) {
  const option = new Option(`Last ${days} days`, String(days), days === usage.days, days === usage.days);
  rangePicker.append(option);
}

/** The granularity switch: a radio group. */
const granularityBox = element('fieldset', { className: 'switch' }, [
  element('legend', { textContent: 'Granularity' }),
]);
for (const g of GRANULARITIES) {
  const input = element('input');
  input.type = 'radio';
  input.name = 'granularity';
  input.value = g;
  input.checked = g === usage.granularity;
  input.addEventListener('change', () => {
    usage.granularity = g;
    void reloadUsage();
  });
  granularityBox.append(element('label', {}, [input, document.createTextNode(` ${g.toLowerCase()}`)]));
}
usagePanel.controls.append(granularityBox);

async function loadFamilies(): Promise<void> {
  const result = await client.query(ProductFamiliesQuery, {});
  const values = result.data?.__type?.enumValues ?? [];
  familyPicker.replaceChildren(
    ...values.map((v) => {
      const chosen = usage.families.includes(v.name as ProductFamily);
      const option = new Option(v.name, v.name, chosen, chosen);
      option.title = v.description ?? '';
      return option;
    }),
  );
}

/** Fills the type picker with the chosen families' usage types and their default aggregation. */
async function loadUsageTypes(): Promise<void> {
  typePicker.replaceChildren(new Option('Loading…', '', false, false));
  typePicker.disabled = true;
  const result = await client.query(UsageTypesQuery, {
    productFamilies: usage.families.length > 0 ? usage.families : null,
  });
  const types = result.data?.usageRollupAggregations ?? [];
  typePicker.replaceChildren(
    ...types.map((t) => new Option(`${t.usageType} (${t.productFamily}, ${t.aggregation})`, t.usageType)),
  );
  typePicker.disabled = types.length === 0;
  if (result.error)
    typePicker.title = errorsOf(result.error)
      .map((e) => `${e.code}: ${e.message}`)
      .join('\n');
}

// (d) drill-down into one sub account

const drillBox = element('div', { className: 'drill', id: 'drill-down' });
drillBox.hidden = true;
const drillTitle = element('h2', { textContent: 'Drill-down' });
const drillClose = element('button', { textContent: 'Close', className: 'link' });
drillClose.addEventListener('click', () => {
  drillBox.hidden = true;
});
drillBox.append(element('div', { className: 'drill-head' }, [drillTitle, drillClose]));
app.append(drillBox);
const orgSpendPanel = new Panel(
  drillBox,
  'org-spend',
  'Its spend by service and month',
  `BilledCost by service and billing month (the ${NAMED_SERVICES} largest services by name, the rest summed).`,
);
const orgUsagePanel = new Panel(
  drillBox,
  'org-usage',
  'Its usage over time',
  'The same product families, usage types, range and granularity as “Usage over time”, for this org alone.',
);
let drilled: SubAccount | null = null;

async function drillInto(account: SubAccount): Promise<void> {
  drilled = account;
  drillBox.hidden = false;
  drillTitle.textContent = `Drill-down: ${account.name} (${account.provider})`;
  drillBox.scrollIntoView({ block: 'start' });
  const isDatadog = account.provider === 'Datadog';
  orgUsagePanel.hidden = !isDatadog;
  await Promise.all([loadOrgSpend(account), isDatadog ? loadRollup(orgUsagePanel, [account.id]) : undefined]);
}

async function loadOrgSpend(account: SubAccount): Promise<void> {
  const latest = orgSpendPanel.begin([spendLink([account.id])]);
  const result = await client.query(OrgSpendQuery, {
    orgs: [account.id],
    billingPeriodStart: months.start,
    billingPeriodEnd: months.end,
  });
  if (!latest()) return;
  const summary = result.data?.focusSummary;
  orgSpendPanel.showErrors([...errorsOf(result.error), ...failureErrors(summary?.failures ?? [])]);
  const groups = (summary?.groups ?? []).filter((g) => g.providerName === account.provider);
  const currency = currencyOf(groups);
  const exact = groups.map((g) => ({
    series: named(g.serviceName ?? '', g, currency),
    x: monthOf(g.billingPeriodStart ?? ''),
    value: g.billedCost,
  }));
  // The largest services by name, the rest summed exactly (never across currencies: then all by name).
  const shown = new Set(seriesByTotal(exact).slice(0, currency === null ? undefined : NAMED_SERVICES));
  const points = exact.filter((p) => shown.has(p.series));
  const rest = new Map<string, string[]>();
  for (const p of exact) if (!shown.has(p.series)) rest.set(p.x, [...(rest.get(p.x) ?? []), p.value]);
  for (const [x, values] of rest) points.push({ series: OTHER_SERVICES, x, value: sumDecimals(values) });
  drawMonthlyStack(orgSpendPanel, points, currency);
}

// wiring

async function reloadUsage(): Promise<void> {
  await Promise.all([
    loadRollup(usagePanel, null),
    drilled?.provider === 'Datadog' && !drillBox.hidden ? loadRollup(orgUsagePanel, [drilled.id]) : undefined,
  ]);
}

async function reloadSpend(): Promise<void> {
  await Promise.all([
    loadSpend(),
    loadTopOrgs(),
    loadTopServices(),
    drilled !== null && !drillBox.hidden ? loadOrgSpend(drilled) : undefined,
  ]);
}

/** The month range inputs in the page header. */
function monthInput(id: string, value: string, onChange: (month: string) => void): void {
  const input = document.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.max = monthText(now);
  input.addEventListener('change', () => {
    if (/^\d{4}-\d{2}$/.test(input.value)) onChange(input.value);
  });
}
monthInput('months-from', months.start, (m) => {
  months.start = m;
  void reloadSpend();
});
monthInput('months-to', monthText(addMonths(new Date(`${months.end}-01T00:00:00Z`), -1)), (m) => {
  months.end = monthText(addMonths(new Date(`${m}-01T00:00:00Z`), 1));
  void reloadSpend();
});

/** Everything loads at once; a failing panel shows its error and the others draw. */
void Promise.all([reloadSpend(), reloadUsage(), loadFamilies(), loadUsageTypes()]).then(() => {
  document.body.dataset.loaded = 'true';
});
