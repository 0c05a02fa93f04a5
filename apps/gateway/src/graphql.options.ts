import { randomUUID } from 'node:crypto';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import type { Logger } from '@hazard/config';
import type { GatewayContext, Principal, RequestInfo } from './auth/principal';
import { AuthenticationError, type TokenVerifier } from './auth/token-verifier';
import type { IncomingMessage } from 'node:http';
import { toGraphQLError } from './common/graphql-errors';
import { graphqlProtection } from './security/graphql-limits';
import type { GatewayConfig } from './config';

interface WsExtra {
  principal?: Principal;
  request?: IncomingMessage;
}

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
  const protection = graphqlProtection(production);
  return {
    plugins: protection.plugins,
    validationRules: protection.validationRules as ApolloDriverConfig['validationRules'],
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // The token travels in connectionParams.authorization; a socket without a valid one is closed (4403).
        onConnect: async (ctx) => {
          try {
            const params = ctx.connectionParams ?? {};
            const header = params.authorization ?? params.Authorization;
            (ctx.extra as WsExtra).principal = await verifier.verify(typeof header === 'string' ? header : undefined);
            return true;
          } catch {
            return false;
          }
        },
      },
    },
    // Every request is authenticated before any resolver runs: no token, no data.
    context: async (arg: { req?: Request; res?: unknown; extra?: WsExtra }): Promise<GatewayContext> => {
      if (!arg.req && arg.extra) {
        const { principal, request: upgrade } = arg.extra;
        if (!principal) throw toGraphQLError(new AuthenticationError('the subscription socket is not authenticated')).error;
        return { principal, request: { requestId: randomUUID(), clientAddress: upgrade?.socket?.remoteAddress, userAgent: upgrade?.headers?.['user-agent'] } };
      }
      const req = arg.req as Request;
      const request = requestInfo(req);
      try {
        return { principal: await verifier.verify(req.headers.authorization), request, req, res: arg.res };
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
