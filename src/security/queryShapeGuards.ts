import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import type { SecurityLimits } from './securityLimits.js';

/** What Apollo takes to refuse oversized documents: its `validationRules` and `parseOptions`. */
export interface QueryShapeGuards {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/**
 * GraphQL Armor's depth, alias and directive limits as validation rules, and the token limit as the
 * parser's own bound (graphql-js `maxTokens`, what Armor's max-tokens plugin enforces under envelop:
 * the parser stops at the limit, before building the document). A refused document is answered
 * 400 GRAPHQL_VALIDATION_FAILED (GRAPHQL_PARSE_FAILED for tokens) naming the limit, before any
 * resolver runs. Introspection is not counted toward the depth (GraphiQL's query is deep).
 */
export function queryShapeGuards(limits: SecurityLimits): QueryShapeGuards {
  // Reported as validation errors: thrown (Armor's default, for envelop) Apollo would answer 500.
  const reported = {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)],
  };
  return {
    validationRules: [
      maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...reported }),
      maxAliasesRule({ n: limits.maxAliases, ...reported }),
      maxDirectivesRule({ n: limits.maxDirectives, ...reported }),
    ],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
