import { randomUUID } from 'node:crypto';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import type { Logger } from '../../../libs/config/src';
import type { GatewayContext, RequestInfo } from './auth/principal';
import type { TokenVerifier } from './auth/token-verifier';
import { toGraphQLError } from './common/graphql-errors';
import type { GatewayConfig } from './config';

const INTERNAL_MESSAGE = 'internal error; the request was not completed';

export function requestInfo(req: Request): RequestInfo {
  const header = req.headers['x-request-id'];
  const given = typeof header === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(header) ? header : null;
  const userAgent = req.headers['user-agent'];
  return {
    requestId: given ?? randomUUID(),
    clientAddress: req.ip ?? req.socket?.remoteAddress,
    userAgent: typeof userAgent === 'string' ? userAgent : undefined,
  };
}

export function graphqlOptions(config: GatewayConfig, verifier: TokenVerifier, log: Logger): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Every request is authenticated before any resolver runs: no token, no data.
    context: async ({ req }: { req: Request }): Promise<GatewayContext> => {
      const request = requestInfo(req);
      try {
        return { principal: await verifier.verify(req.headers.authorization), request };
      } catch (err) {
        throw toGraphQLError(err).error;
      }
    },
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' && formatted.message !== INTERNAL_MESSAGE) {
        log.error({ err: error }, 'unexpected GraphQL error');
        return { message: INTERNAL_MESSAGE, extensions: { code } };
      }
      const { stacktrace: _stack, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return { ...formatted, extensions };
    },
  };
}
