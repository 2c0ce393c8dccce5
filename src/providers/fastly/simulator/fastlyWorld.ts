/**
 * The simulated Fastly world: customers (each with an API token), their services, and what the
 * billing API reports about them: monthly usage per service and usage type, the usage metrics summed
 * from it, end-of-month invoices priced from it, and the running month's invoice. Everything is a
 * pure function of the seed and the data clock `now` (floored to the hour), computed once.
 *
 * History: the primary customer (`customers[0]`) has the current month and the 18 closed months
 * before it; the second customer, signed up later, has 7 closed months. A closed month's usage is
 * final; the current month's is what accrued until `now` (proportionally, rounded down). A closed
 * month's invoice is posted on day 2 to 5 of the next month and listed from then on. The history and
 * the services' lifetimes (one set up 6 months ago, one 2 months ago, one retired 5 months ago) count
 * back from the clock; a service's usage in a given month does not depend on it.
 */
import { sha256Hex, hash32, mix32 } from '../../../simulator/hashing.js';
import { DAY_MS, HOUR_MS, floorToHour, formatMonth } from '../../../time/utcTime.js';
import { isoSeconds, monthLastSecond, monthStart, monthsBetween, shiftMonth } from './billingPeriod.js';
import { AMOUNT_SCALE, QUANTITY_SCALE, scaledNumber, scaledText } from './fixedDecimal.js';
import { PRODUCTS, USAGE_TYPES, type Region, type SimProduct, type SimUsageType } from './fastlyCatalog.js';
import type { EomInvoice, MtdInvoice, ServiceUsageDetail, UsageMetric } from './fastlyRecords.js';
import { creditLineItem, usageLineItems, type TypeUsage } from './lineItems.js';
import { accruedUsage, monthlyUsage } from './usageGenerator.js';

/** One service of a customer. */
export interface SimService {
  /** 22 alphanumeric characters, like Fastly's ids. */
  id: string;
  name: string;
}

/** One customer (account) of the world, with the token that authenticates as it. */
export interface SimCustomer {
  /** 22 alphanumeric characters, like Fastly's ids. */
  id: string;
  name: string;
  /** The `Fastly-Key` that authenticates as this customer. */
  token: string;
  ownerId: string;
  createdAt: Date;
  /** The months the customer has usage data for, oldest first; the last is the current month. */
  months: readonly string[];
  /** In the order they were set up. */
  services: readonly SimService[];
}

/** Which service usage to report: one usage type or all, one service or all, `startMonth`..`endMonth` inclusive. */
export interface ServiceUsageQuery {
  /** Undefined: every usage type with usage, in catalog order. */
  type?: SimUsageType;
  /** Undefined: every service. */
  serviceId?: string;
  startMonth: string;
  endMonth: string;
}

/** The simulated dataset. */
export interface FastlyWorld {
  readonly seed: string;
  /** The data clock, floored to the hour. */
  readonly now: Date;
  /** `YYYY-MM` of the running month. */
  readonly currentMonth: string;
  /** The primary customer first, then the second one. */
  readonly customers: readonly SimCustomer[];
  readonly products: readonly SimProduct[];
  /** Every usage type of the catalog, with its price, in catalog order. */
  readonly usageTypes: readonly SimUsageType[];
  /** The customer `Fastly-Key: token` authenticates as, if any. */
  customerByToken(token: string): SimCustomer | undefined;
  /**
   * One service's `usage_units` for one usage type in one month, as exact decimal text (`'0'` when it
   * had none, or for anything unknown).
   */
  serviceUsageUnits(customerId: string, serviceId: string, productId: string, usageType: string, month: string): string;
  /** The usage metrics of `month` (product and usage type order); empty for a month without data. */
  usageMetrics(customerId: string, month: string): readonly UsageMetric[];
  /**
   * Per usage type and service (service id order), the services' usage summed over the months of the
   * query; only non-zero sums.
   */
  serviceUsage(customerId: string, query: ServiceUsageQuery): readonly ServiceUsageDetail[];
  /** The posted end-of-month invoices, newest first. */
  invoices(customerId: string): readonly EomInvoice[];
  /** The running month's invoice (usage until `now`, no credits). */
  monthToDateInvoice(customerId: string): MtdInvoice;
}

/** A customer as the world sets it up: its history and its services. */
interface CustomerBlueprint {
  name: string;
  closedMonths: number;
  services: readonly ServiceBlueprint[];
}

/** A service as the world sets it up. */
interface ServiceBlueprint {
  name: string;
  /** Where it delivers (`cdn_usage` requests and bandwidth per region). */
  regions: readonly Region[];
  /** Other products it uses (every usage type of each). */
  products: readonly string[];
  /** Traffic relative to a typical service. */
  weight: number;
  /** Its first month with usage, as months before the current one (default: the customer's first). */
  startsMonthsAgo?: number;
  /** Its last month with usage, as months before the current one (default: the current month). */
  endsMonthsAgo?: number;
}

const ALL: readonly Region[] = ['North America', 'Europe', 'Asia Pacific', 'South America', 'Australia'];

const BLUEPRINTS: readonly CustomerBlueprint[] = [
  {
    name: 'Initech Media',
    closedMonths: 18,
    services: [
      {
        name: 'www.initech.example',
        regions: ALL,
        products: ['image_optimizer', 'ddos_protection', 'ngwaf', 'log_streaming'],
        weight: 1,
      },
      {
        name: 'api.initech.example',
        regions: ['North America', 'Europe', 'Asia Pacific'],
        products: ['ddos_protection', 'ngwaf', 'log_streaming'],
        weight: 0.6,
      },
      { name: 'static.initech.example', regions: ALL, products: ['image_optimizer'], weight: 0.8 },
      {
        name: 'video.initech.example',
        regions: ['North America', 'Europe', 'South America'],
        products: ['log_streaming'],
        weight: 1.5,
      },
      {
        name: 'mobile-backend',
        regions: ['North America', 'Europe', 'Asia Pacific', 'Australia'],
        products: ['compute'],
        weight: 0.4,
      },
      { name: 'edge-auth', regions: [], products: ['compute'], weight: 0.3 },
      {
        name: 'images.initech.example',
        regions: ['North America', 'Europe'],
        products: ['image_optimizer'],
        weight: 0.5,
        startsMonthsAgo: 6,
      },
      { name: 'docs.initech.example', regions: ['North America', 'Europe', 'Asia Pacific'], products: [], weight: 0.1 },
      {
        name: 'checkout.initech.example',
        regions: ['North America', 'Europe'],
        products: ['ddos_protection', 'ngwaf'],
        weight: 0.2,
      },
      {
        name: 'search-api',
        regions: ['North America', 'Europe', 'Asia Pacific'],
        products: ['compute', 'log_streaming'],
        weight: 0.3,
      },
      { name: 'partner-portal', regions: ['North America'], products: [], weight: 0.05, startsMonthsAgo: 2 },
      { name: 'legacy-www', regions: ['North America', 'Europe'], products: [], weight: 0.3, endsMonthsAgo: 5 },
    ],
  },
  {
    name: 'Globex Streaming',
    closedMonths: 7,
    services: [
      {
        name: 'www.globex.example',
        regions: ['North America', 'Europe', 'Asia Pacific'],
        products: ['ddos_protection'],
        weight: 0.5,
      },
      {
        name: 'live.globex.example',
        regions: ['North America', 'Europe', 'South America'],
        products: ['log_streaming'],
        weight: 2,
      },
      { name: 'api.globex.example', regions: ['North America'], products: ['ngwaf'], weight: 0.2 },
      { name: 'globex-edge', regions: [], products: ['compute'], weight: 0.5 },
    ],
  },
];

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` characters of `alphabet` derived from `material` (SHA-256). */
function derive(material: string, length: number, alphabet: string): string {
  const digest = sha256Hex(material);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += alphabet[parseInt(digest.slice((i * 2) % 64, ((i * 2) % 64) + 2), 16) % alphabet.length];
  }
  return out;
}

/** A 22-character alphanumeric id, like Fastly's customer and service ids. */
function fastlyId(material: string): string {
  return derive(material, 22, ALPHANUMERIC);
}

/** One service's usage per usage type key (`product|usage type`) per month, in thousandths. */
type UsageTable = Map<string, Map<string, Map<string, bigint>>>;

const typeKey = (productId: string, usageType: string): string => `${productId}|${usageType}`;

/** Everything the world holds about one customer. */
interface CustomerData {
  customer: SimCustomer;
  /** month -> type key -> service id -> thousandths. */
  usage: UsageTable;
  metrics: Map<string, UsageMetric[]>;
  invoices: EomInvoice[];
  monthToDate: MtdInvoice;
}

/** Builds the world for a seed and a data clock. */
export function createFastlyWorld(seed: string, now: Date): FastlyWorld {
  const clock = floorToHour(now);
  const currentMonth = formatMonth(clock);
  const elapsedMs = clock.getTime() - monthStart(currentMonth).getTime();
  const monthMs = monthLastSecond(currentMonth).getTime() + 1000 - monthStart(currentMonth).getTime();
  const usedInvoiceIds = new Set<string>();

  const invoiceId = (customerId: string, month: string): string => {
    for (let salt = 0; ; salt++) {
      const id = String(10_000_000 + (hash32(`${seed}|invoice|${customerId}|${month}|${salt}`) % 90_000_000));
      if (!usedInvoiceIds.has(id)) {
        usedInvoiceIds.add(id);
        return id;
      }
    }
  };

  const build = (blueprint: CustomerBlueprint): CustomerData => {
    const id = fastlyId(`${seed}|customer|${blueprint.name}`);
    const firstMonth = shiftMonth(currentMonth, -blueprint.closedMonths);
    const months = monthsBetween(firstMonth, currentMonth);
    const usage: UsageTable = new Map(months.map((m) => [m, new Map<string, Map<string, bigint>>()]));
    const services: SimService[] = blueprint.services.map((s) => {
      const service = { id: fastlyId(`${seed}|service|${id}|${s.name}`), name: s.name };
      const first = s.startsMonthsAgo === undefined ? firstMonth : shiftMonth(currentMonth, -s.startsMonthsAgo);
      const last = shiftMonth(currentMonth, -(s.endsMonthsAgo ?? 0));
      const types = USAGE_TYPES.filter((t) =>
        t.productId === 'cdn_usage'
          ? (s.regions as readonly string[]).includes(t.region)
          : s.products.includes(t.productId),
      );
      for (const month of monthsBetween(first > firstMonth ? first : firstMonth, last)) {
        for (const type of types) {
          const series = { customerId: id, serviceId: service.id, weight: s.weight, type };
          let quantity = monthlyUsage(seed, series, month);
          if (month === currentMonth) quantity = accruedUsage(quantity, type, elapsedMs, monthMs);
          if (quantity === 0n) continue;
          const byType = usage.get(month) as Map<string, Map<string, bigint>>;
          const key = typeKey(type.productId, type.usageType);
          if (!byType.has(key)) byType.set(key, new Map());
          byType.get(key)?.set(service.id, quantity);
        }
      }
      return service;
    });
    const customer: SimCustomer = {
      id,
      name: blueprint.name,
      token: Buffer.from(sha256Hex(`${seed}|token|${id}`), 'hex')
        .toString('base64url')
        .slice(0, 32),
      ownerId: fastlyId(`${seed}|owner|${id}`),
      createdAt: new Date(monthStart(firstMonth).getTime() + (hash32(`${seed}|created|${id}`) % 8) * HOUR_MS),
      months,
      services,
    };

    /** The month's quantity per usage type (thousandths), catalog order, zeros included. */
    const typeUsage = (month: string): TypeUsage[] =>
      USAGE_TYPES.map((type) => {
        let quantity = 0n;
        for (const units of usage.get(month)?.get(typeKey(type.productId, type.usageType))?.values() ?? []) {
          quantity += units;
        }
        return { type, quantity };
      });

    const metrics = new Map<string, UsageMetric[]>();
    for (const month of months) {
      const settledAt = new Date(monthStart(shiftMonth(month, 1)).getTime() + DAY_MS + 6 * HOUR_MS);
      const updatedAt = isoSeconds(month === currentMonth || settledAt > clock ? clock : settledAt);
      metrics.set(
        month,
        typeUsage(month)
          .filter((u) => u.quantity > 0n)
          .map(({ type, quantity }) => ({
            month,
            usage_type: type.usageType,
            name: type.name,
            region: type.region,
            unit: type.unit,
            quantity: scaledNumber(quantity, QUANTITY_SCALE),
            raw_quantity: scaledNumber(quantity * BigInt(type.rawPerUnit), QUANTITY_SCALE),
            product_id: type.productId,
            last_updated_at: updatedAt,
          })),
      );
    }

    const invoices: EomInvoice[] = [];
    for (const month of months.slice(0, -1)) {
      const key = hash32(`${seed}|posted|${id}|${month}`);
      const postedOn = new Date(
        monthStart(shiftMonth(month, 1)).getTime() + (1 + (key % 4)) * DAY_MS + (mix32(key, 1) % 24) * HOUR_MS,
      );
      if (postedOn > clock) continue;
      const lines = usageLineItems(typeUsage(month));
      const credit = creditLineItem(seed, id, month);
      invoices.push({
        customer_id: id,
        invoice_id: invoiceId(id, month),
        invoice_posted_on: isoSeconds(postedOn),
        billing_start_date: isoSeconds(monthStart(month)),
        billing_end_date: isoSeconds(monthLastSecond(month)),
        statement_number: `FS${month.replace('-', '')}${String(mix32(key, 2) % 100_000).padStart(5, '0')}`,
        currency_code: 'USD',
        monthly_transaction_amount: scaledNumber(lines.total + credit.total, AMOUNT_SCALE),
        transaction_line_items: [...lines.items, ...credit.items],
      });
    }
    invoices.reverse();

    const mtdLines = usageLineItems(typeUsage(currentMonth));
    const monthToDate: MtdInvoice = {
      customer_id: id,
      invoice_id: `MTD${currentMonth.replace('-', '')}${derive(`${seed}|mtd|${id}|${currentMonth}`, 6, ALPHANUMERIC.slice(0, 26))}`,
      billing_start_date: isoSeconds(monthStart(currentMonth)),
      billing_end_date: isoSeconds(monthLastSecond(currentMonth)),
      monthly_transaction_amount: scaledText(mtdLines.total, AMOUNT_SCALE),
      transaction_line_items: mtdLines.items,
    };
    // The total goes out as text, but within the same digits as every other figure.
    scaledNumber(mtdLines.total, AMOUNT_SCALE);
    return { customer, usage, metrics, invoices, monthToDate };
  };

  const data = BLUEPRINTS.map(build);
  const byId = new Map(data.map((d) => [d.customer.id, d]));
  const dataOf = (customerId: string): CustomerData => {
    const d = byId.get(customerId);
    if (!d) throw new Error(`Unknown customer id '${customerId}'`);
    return d;
  };

  return {
    seed,
    now: clock,
    currentMonth,
    customers: data.map((d) => d.customer),
    products: PRODUCTS,
    usageTypes: USAGE_TYPES,
    customerByToken: (token) => data.find((d) => d.customer.token === token)?.customer,
    serviceUsageUnits(customerId, serviceId, productId, usageType, month) {
      const units = byId.get(customerId)?.usage.get(month)?.get(typeKey(productId, usageType))?.get(serviceId);
      return scaledText(units ?? 0n, QUANTITY_SCALE);
    },
    usageMetrics: (customerId, month) => dataOf(customerId).metrics.get(month) ?? [],
    serviceUsage(customerId, query) {
      const { customer, usage } = dataOf(customerId);
      const months = customer.months.filter((m) => m >= query.startMonth && m <= query.endMonth);
      const services = [...customer.services]
        .filter((s) => query.serviceId === undefined || s.id === query.serviceId)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const details: ServiceUsageDetail[] = [];
      for (const type of query.type ? [query.type] : USAGE_TYPES) {
        const key = typeKey(type.productId, type.usageType);
        for (const service of services) {
          let units = 0n;
          for (const month of months) units += usage.get(month)?.get(key)?.get(service.id) ?? 0n;
          if (units === 0n) continue;
          details.push({
            customer_id: customerId,
            service_id: service.id,
            service_name: service.name,
            usage_units: scaledNumber(units, QUANTITY_SCALE),
          });
        }
      }
      return details;
    },
    invoices: (customerId) => dataOf(customerId).invoices,
    monthToDateInvoice: (customerId) => dataOf(customerId).monthToDate,
  };
}
