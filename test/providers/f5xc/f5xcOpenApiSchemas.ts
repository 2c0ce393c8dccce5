/**
 * The JSON schemas of F5 Distributed Cloud's usage operations, transcribed as data from F5's
 * published OpenAPI document (`components.schemas` of the usage API, version 2.0.39, OpenAPI 3.0):
 * the request and answer bodies of `usage_details`, `hourly_usage_details`, `monthly_usage` and
 * `current_usage`, and the error answers, which the spec types as a JSON string (`format: string`).
 * Only validation keywords are kept (types, formats, lengths, bounds, enums); `$ref`s point into
 * {@link F5XC_COMPONENTS}. The tests compile them with ajv; nothing reads the upstream document.
 */

const str = (maxLength = 1024): Record<string, unknown> => ({ type: 'string', minLength: 0, maxLength });
const dateTime = { type: 'string', format: 'date-time', minLength: 0, maxLength: 1024 };
const int64 = { type: 'string', format: 'int64', minLength: 0, maxLength: 1024 };
const double = { type: 'number', format: 'double' };
const ref = (name: string): Record<string, unknown> => ({ $ref: `f5xc#/definitions/${name}` });

/** `components.schemas`, as the `definitions` of one schema with the id `f5xc` (JSON Schema's place for them). */
export const F5XC_COMPONENTS = {
  $id: 'f5xc',
  definitions: {
    usageListUsageDetailsReq: {
      type: 'object',
      properties: { from: dateTime, namespace: str(6), to: dateTime },
    },
    usageListUsageDetailsResp: {
      type: 'object',
      properties: { usage_items: { type: 'array', items: ref('usageUsageItem') } },
    },
    usageUsageItem: {
      type: 'object',
      properties: {
        end_timestamp: dateTime,
        hourly_breakdown: { type: 'array', items: ref('usageHourlyItem') },
        hourly_breakdown_query: str(),
        metric_label: str(),
        namespace: str(6),
        object_name: str(),
        quantity: double,
        start_timestamp: dateTime,
        unit_name: str(),
        usage_type: str(),
      },
    },
    usageHourlyItem: {
      type: 'object',
      properties: {
        container: str(),
        deployment: str(),
        end_timestamp: dateTime,
        quantity: double,
        start_timestamp: dateTime,
        unit_name: str(),
      },
    },
    usageListHourlyUsageDetailsReq: {
      type: 'object',
      properties: { namespace: str(6), query: str() },
    },
    usageListHourlyUsageDetailsResp: {
      type: 'object',
      properties: { hourly_usage_items: { type: 'array', items: ref('usageHourlyItem') } },
    },
    usageListMonthlyUsageReq: {
      type: 'object',
      properties: { namespace: str(6) },
    },
    usageListMonthlyUsageResp: {
      type: 'object',
      properties: { monthly_usage_items: { type: 'array', items: ref('usageMonthlyUsageType') } },
    },
    usageMonthlyUsageType: {
      type: 'object',
      properties: { amount: int64, currency_code: str(), end_timestamp: dateTime, start_timestamp: dateTime },
    },
    usageListCurrentUsageReq: {
      type: 'object',
      properties: { from: dateTime, namespace: str(6), to: dateTime },
    },
    usageListCurrentUsageResp: {
      type: 'object',
      properties: {
        coupons: { type: 'array', items: ref('usageCoupon') },
        discount: int64,
        total_cost: int64,
        usage_items: { type: 'array', items: ref('usageCalculatedUsageItem') },
      },
    },
    usageCalculatedUsageItem: {
      type: 'object',
      properties: {
        amount: int64,
        currency_code: str(),
        end_timestamp: dateTime,
        fixed: { type: 'boolean', format: 'boolean' },
        metric_labels: { type: 'array', items: { type: 'string' } },
        quantity: double,
        quantity_billable: int64,
        start_timestamp: dateTime,
        status: ref('schemausageStatusType'),
        unit_name: str(),
        unit_name_billable: str(),
        usage_type: str(),
      },
    },
    schemausageStatusType: {
      type: 'string',
      enum: ['STATUS_UNKNOWN', 'STATUS_NO_DATA', 'STATUS_NOT_MEASURED', 'STATUS_ACTIVE'],
      default: 'STATUS_UNKNOWN',
    },
    usageCoupon: {
      type: 'object',
      properties: {
        discount_amount: { type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647 },
        discount_type: ref('usageDiscountType'),
        title: str(6),
      },
    },
    usageDiscountType: {
      type: 'string',
      enum: ['DISCOUNT_TYPE_UNKNOWN', 'DISCOUNT_TYPE_FIXED_AMOUNT', 'DISCOUNT_TYPE_PERCENTAGE'],
      default: 'DISCOUNT_TYPE_UNKNOWN',
    },
  },
} as const;

/** The body of every documented error answer (401, 403, 404, 409, 429, 500, 503, 504). */
export const F5XC_ERROR_BODY = { type: 'string', format: 'string' } as const;

/** The statuses every operation documents an error body for. */
export const F5XC_ERROR_STATUSES = [401, 403, 404, 409, 429, 500, 503, 504] as const;

/** Each operation's path suffix with its request and 200 answer schemas. */
export const F5XC_OPERATIONS = {
  usage_details: { request: 'usageListUsageDetailsReq', response: 'usageListUsageDetailsResp' },
  hourly_usage_details: { request: 'usageListHourlyUsageDetailsReq', response: 'usageListHourlyUsageDetailsResp' },
  monthly_usage: { request: 'usageListMonthlyUsageReq', response: 'usageListMonthlyUsageResp' },
  current_usage: { request: 'usageListCurrentUsageReq', response: 'usageListCurrentUsageResp' },
} as const;

/** One of the operations. */
export type F5xcOperationName = keyof typeof F5XC_OPERATIONS;
