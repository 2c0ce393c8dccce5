/**
 * Datadog Usage Metering API v2: the response contract of the operations the simulator serves (200 and
 * documented error answers, each with every schema it references), transcribed as data from the
 * components of Datadog's public OpenAPI spec (v2, Apr 2026). Only constraints are kept (types,
 * formats, enums, required, nullable, additionalProperties, $ref); descriptions and examples are not.
 * To be updated by hand when Datadog changes the spec; never read from the spec at run or test time.
 */
import type { OpenApiContract } from '../../../helpers/schemaValidator.js';

export const datadogV2Contract = {
  operations: {
    GetActiveBillingDimensions: {
      method: 'GET',
      path: '/api/v2/cost_by_tag/active_billing_dimensions',
      responses: {
        '200': 'ActiveBillingDimensionsResponse',
        '400': 'APIErrorResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
    GetBillingDimensionMapping: {
      method: 'GET',
      path: '/api/v2/usage/billing_dimension_mapping',
      responses: {
        '200': 'BillingDimensionsMappingResponse',
        '400': 'APIErrorResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
    GetCostByOrg: {
      method: 'GET',
      path: '/api/v2/usage/cost_by_org',
      responses: {
        '200': 'CostByOrgResponse',
        '400': 'APIErrorResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
    GetEstimatedCostByOrg: {
      method: 'GET',
      path: '/api/v2/usage/estimated_cost',
      responses: {
        '200': 'CostByOrgResponse',
        '400': 'APIErrorResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
    GetHistoricalCostByOrg: {
      method: 'GET',
      path: '/api/v2/usage/historical_cost',
      responses: {
        '200': 'CostByOrgResponse',
        '400': 'APIErrorResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
    GetHourlyUsage: {
      method: 'GET',
      path: '/api/v2/usage/hourly_usage',
      responses: {
        '200': 'HourlyUsageResponse',
        '400': 'APIErrorResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
    GetMonthlyCostAttribution: {
      method: 'GET',
      path: '/api/v2/cost_by_tag/monthly_cost_attribution',
      responses: {
        '200': 'MonthlyCostAttributionResponse',
        '400': 'APIErrorResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
    GetProjectedCost: {
      method: 'GET',
      path: '/api/v2/usage/projected_cost',
      responses: {
        '200': 'ProjectedCostResponse',
        '400': 'APIErrorResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
    GetUsageAttributionTypes: {
      method: 'GET',
      path: '/api/v2/usage/usage-attribution-types',
      responses: {
        '200': 'UsageAttributionTypesResponse',
        '403': 'APIErrorResponse',
        '429': 'APIErrorResponse',
      },
    },
  },
  schemas: {
    APIErrorResponse: {
      properties: {
        errors: {
          items: {
            type: 'string',
          },
          type: 'array',
        },
      },
      required: ['errors'],
      type: 'object',
    },
    ActiveBillingDimensionsAttributes: {
      properties: {
        month: {
          format: 'date-time',
          type: 'string',
        },
        values: {
          items: {
            type: 'string',
          },
          type: 'array',
        },
      },
      type: 'object',
    },
    ActiveBillingDimensionsBody: {
      properties: {
        attributes: {
          $ref: '#/components/schemas/ActiveBillingDimensionsAttributes',
        },
        id: {
          type: 'string',
        },
        type: {
          $ref: '#/components/schemas/ActiveBillingDimensionsType',
        },
      },
      type: 'object',
    },
    ActiveBillingDimensionsResponse: {
      properties: {
        data: {
          $ref: '#/components/schemas/ActiveBillingDimensionsBody',
        },
      },
      type: 'object',
    },
    ActiveBillingDimensionsType: {
      enum: ['billing_dimensions'],
      type: 'string',
    },
    BillingDimensionsMappingBody: {
      items: {
        $ref: '#/components/schemas/BillingDimensionsMappingBodyItem',
      },
      type: 'array',
    },
    BillingDimensionsMappingBodyItem: {
      properties: {
        attributes: {
          $ref: '#/components/schemas/BillingDimensionsMappingBodyItemAttributes',
        },
        id: {
          type: 'string',
        },
        type: {
          $ref: '#/components/schemas/ActiveBillingDimensionsType',
        },
      },
      type: 'object',
    },
    BillingDimensionsMappingBodyItemAttributes: {
      properties: {
        endpoints: {
          items: {
            $ref: '#/components/schemas/BillingDimensionsMappingBodyItemAttributesEndpointsItems',
          },
          type: 'array',
        },
        in_app_label: {
          type: 'string',
        },
        timestamp: {
          format: 'date-time',
          type: 'string',
        },
      },
      type: 'object',
    },
    BillingDimensionsMappingBodyItemAttributesEndpointsItems: {
      properties: {
        id: {
          type: 'string',
        },
        keys: {
          items: {
            type: 'string',
          },
          type: 'array',
        },
        status: {
          $ref: '#/components/schemas/BillingDimensionsMappingBodyItemAttributesEndpointsItemsStatus',
        },
      },
      type: 'object',
    },
    BillingDimensionsMappingBodyItemAttributesEndpointsItemsStatus: {
      enum: ['OK', 'NOT_FOUND'],
      type: 'string',
    },
    BillingDimensionsMappingResponse: {
      properties: {
        data: {
          $ref: '#/components/schemas/BillingDimensionsMappingBody',
        },
      },
      type: 'object',
    },
    ChargebackBreakdown: {
      properties: {
        charge_type: {
          type: 'string',
        },
        cost: {
          format: 'double',
          type: 'number',
        },
        product_name: {
          type: 'string',
        },
      },
      type: 'object',
    },
    CostAttributionAggregates: {
      items: {
        $ref: '#/components/schemas/CostAttributionAggregatesBody',
      },
      type: 'array',
    },
    CostAttributionAggregatesBody: {
      properties: {
        agg_type: {
          type: 'string',
        },
        field: {
          type: 'string',
        },
        value: {
          format: 'double',
          type: 'number',
        },
      },
      type: 'object',
    },
    CostAttributionTagNames: {
      additionalProperties: {
        items: {
          type: 'string',
        },
        type: 'array',
      },
      nullable: true,
      type: 'object',
    },
    CostAttributionType: {
      enum: ['cost_by_tag'],
      type: 'string',
    },
    CostByOrg: {
      properties: {
        attributes: {
          $ref: '#/components/schemas/CostByOrgAttributes',
        },
        id: {
          type: 'string',
        },
        type: {
          $ref: '#/components/schemas/CostByOrgType',
        },
      },
      type: 'object',
    },
    CostByOrgAttributes: {
      properties: {
        account_name: {
          type: 'string',
        },
        account_public_id: {
          type: 'string',
        },
        charges: {
          items: {
            $ref: '#/components/schemas/ChargebackBreakdown',
          },
          type: 'array',
        },
        date: {
          format: 'date-time',
          type: 'string',
        },
        org_name: {
          type: 'string',
        },
        public_id: {
          type: 'string',
        },
        region: {
          type: 'string',
        },
        total_cost: {
          format: 'double',
          type: 'number',
        },
      },
      type: 'object',
    },
    CostByOrgResponse: {
      properties: {
        data: {
          items: {
            $ref: '#/components/schemas/CostByOrg',
          },
          type: 'array',
        },
      },
      type: 'object',
    },
    CostByOrgType: {
      enum: ['cost_by_org'],
      type: 'string',
    },
    HourlyUsage: {
      properties: {
        attributes: {
          $ref: '#/components/schemas/HourlyUsageAttributes',
        },
        id: {
          type: 'string',
        },
        type: {
          $ref: '#/components/schemas/UsageTimeSeriesType',
        },
      },
      type: 'object',
    },
    HourlyUsageAttributes: {
      properties: {
        account_name: {
          type: 'string',
        },
        account_public_id: {
          type: 'string',
        },
        measurements: {
          items: {
            $ref: '#/components/schemas/HourlyUsageMeasurement',
          },
          type: 'array',
        },
        org_name: {
          type: 'string',
        },
        product_family: {
          type: 'string',
        },
        public_id: {
          type: 'string',
        },
        region: {
          type: 'string',
        },
        timestamp: {
          format: 'date-time',
          type: 'string',
        },
      },
      type: 'object',
    },
    HourlyUsageMeasurement: {
      properties: {
        usage_type: {
          type: 'string',
        },
        value: {
          format: 'int64',
          nullable: true,
          type: 'integer',
        },
      },
      type: 'object',
    },
    HourlyUsageMetadata: {
      properties: {
        pagination: {
          $ref: '#/components/schemas/HourlyUsagePagination',
        },
      },
      type: 'object',
    },
    HourlyUsagePagination: {
      properties: {
        next_record_id: {
          nullable: true,
          type: 'string',
        },
      },
      type: 'object',
    },
    HourlyUsageResponse: {
      properties: {
        data: {
          items: {
            $ref: '#/components/schemas/HourlyUsage',
          },
          type: 'array',
        },
        meta: {
          $ref: '#/components/schemas/HourlyUsageMetadata',
        },
      },
      type: 'object',
    },
    MonthlyCostAttributionAttributes: {
      properties: {
        month: {
          format: 'date-time',
          type: 'string',
        },
        org_name: {
          type: 'string',
        },
        public_id: {
          type: 'string',
        },
        tag_config_source: {
          type: 'string',
        },
        tags: {
          $ref: '#/components/schemas/CostAttributionTagNames',
        },
        updated_at: {
          type: 'string',
        },
        values: {
          type: 'object',
        },
      },
      type: 'object',
    },
    MonthlyCostAttributionBody: {
      properties: {
        attributes: {
          $ref: '#/components/schemas/MonthlyCostAttributionAttributes',
        },
        id: {
          type: 'string',
        },
        type: {
          $ref: '#/components/schemas/CostAttributionType',
        },
      },
      type: 'object',
    },
    MonthlyCostAttributionMeta: {
      properties: {
        aggregates: {
          $ref: '#/components/schemas/CostAttributionAggregates',
        },
        pagination: {
          $ref: '#/components/schemas/MonthlyCostAttributionPagination',
        },
      },
      type: 'object',
    },
    MonthlyCostAttributionPagination: {
      properties: {
        next_record_id: {
          nullable: true,
          type: 'string',
        },
      },
      type: 'object',
    },
    MonthlyCostAttributionResponse: {
      properties: {
        data: {
          items: {
            $ref: '#/components/schemas/MonthlyCostAttributionBody',
          },
          type: 'array',
        },
        meta: {
          $ref: '#/components/schemas/MonthlyCostAttributionMeta',
        },
      },
      type: 'object',
    },
    ProjectedCost: {
      properties: {
        attributes: {
          $ref: '#/components/schemas/ProjectedCostAttributes',
        },
        id: {
          type: 'string',
        },
        type: {
          $ref: '#/components/schemas/ProjectedCostType',
        },
      },
      type: 'object',
    },
    ProjectedCostAttributes: {
      properties: {
        account_name: {
          type: 'string',
        },
        account_public_id: {
          type: 'string',
        },
        charges: {
          items: {
            $ref: '#/components/schemas/ChargebackBreakdown',
          },
          type: 'array',
        },
        date: {
          format: 'date-time',
          type: 'string',
        },
        org_name: {
          type: 'string',
        },
        projected_total_cost: {
          format: 'double',
          type: 'number',
        },
        public_id: {
          type: 'string',
        },
        region: {
          type: 'string',
        },
      },
      type: 'object',
    },
    ProjectedCostResponse: {
      properties: {
        data: {
          items: {
            $ref: '#/components/schemas/ProjectedCost',
          },
          type: 'array',
        },
      },
      type: 'object',
    },
    ProjectedCostType: {
      enum: ['projected_cost'],
      type: 'string',
    },
    UsageAttributionTypesAttributes: {
      properties: {
        values: {
          items: {
            type: 'string',
          },
          type: 'array',
        },
      },
      type: 'object',
    },
    UsageAttributionTypesBody: {
      properties: {
        attributes: {
          $ref: '#/components/schemas/UsageAttributionTypesAttributes',
        },
        id: {
          type: 'string',
        },
        type: {
          $ref: '#/components/schemas/UsageAttributionTypesType',
        },
      },
      type: 'object',
    },
    UsageAttributionTypesResponse: {
      properties: {
        data: {
          $ref: '#/components/schemas/UsageAttributionTypesBody',
        },
      },
      type: 'object',
    },
    UsageAttributionTypesType: {
      enum: ['usage_attribution_types'],
      type: 'string',
    },
    UsageTimeSeriesType: {
      enum: ['usage_timeseries'],
      type: 'string',
    },
  },
} satisfies OpenApiContract;
