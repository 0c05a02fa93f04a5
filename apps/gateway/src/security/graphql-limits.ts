import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLSchema, separateOperations } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** The limits every GraphQL request must stay under; the README lists them. */
export const GRAPHQL_LIMITS = {
  /** Counted through fragments and introspection; the standard introspection query needs 13. */
  maxDepth: 15,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 3_000,
  /** Estimated work, with list fields multiplied by how many items they may return. */
  maxComplexity: 5_000,
} as const;

/**
 * Depth (counted through fragments), aliases, directives and tokens are checked by
 * graphql-armor while the query is validated; the complexity estimate (list sizes included)
 * before it runs. Field suggestions are hidden in production.
 */
export function graphqlProtection(production: boolean): { plugins: ApolloServerPlugin[]; validationRules: unknown[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true, ignoreIntrospection: false, propagateOnRejection: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, propagateOnRejection: true },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, propagateOnRejection: true },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens, propagateOnRejection: true },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: [...plugins, complexityPlugin(GRAPHQL_LIMITS.maxComplexity)], validationRules };
}

function complexityPlugin(maximum: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }: { request: { operationName?: string | null; variables?: Record<string, unknown> | null }; document: Parameters<typeof separateOperations>[0]; schema: GraphQLSchema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: request.operationName ? separateOperations(document)[request.operationName] ?? document : document,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT.
            return;
          }
          if (complexity > maximum) {
            throw new GraphQLError(`the query is too expensive: estimated cost ${complexity}, the limit is ${maximum}; ask for fewer items or fields`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost: complexity, limit: maximum, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
