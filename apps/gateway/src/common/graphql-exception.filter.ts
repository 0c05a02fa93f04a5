import { type ArgumentsHost, Catch, Inject } from '@nestjs/common';
import { BaseExceptionFilter, HttpAdapterHost } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Logger } from '@hazard/config';
import { LOGGER } from '../infrastructure/logger.provider';
import { toGraphQLError } from './graphql-errors';

/** Resolver errors become coded GraphQL errors here; plain HTTP routes keep Nest's handling. */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  constructor(
    @Inject(LOGGER) private readonly log: Logger,
    adapterHost: HttpAdapterHost,
  ) {
    super(adapterHost.httpAdapter);
  }

  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    const { error, internal } = toGraphQLError(exception);
    if (internal) this.log.error({ err: exception }, 'unexpected error in a resolver');
    return error;
  }
}
