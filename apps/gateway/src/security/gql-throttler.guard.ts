import { type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { GatewayContext } from '../auth/principal';

/** Rate limits per authenticated subject (not per address: offices share NATs), GraphQL only. */
@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const ctx = gql.getContext<GatewayContext & { req?: unknown; res?: unknown }>();
    // Subscriptions: one socket per client, limited by the connection itself, and no response to set headers on.
    if (!ctx.req || !ctx.res || gql.getInfo()?.operation?.operation === 'subscription') return true;
    return super.canActivate(context);
  }

  override getRequestResponse(context: ExecutionContext) {
    const ctx = GqlExecutionContext.create(context).getContext<GatewayContext & { req: Record<string, unknown>; res: unknown }>();
    ctx.req.principalSub = ctx.principal.sub;
    return { req: ctx.req, res: ctx.res as Record<string, unknown> };
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return `sub:${String(req.principalSub)}`;
  }
}

export const isMutation = (context: ExecutionContext): boolean =>
  context.getType<GqlContextType>() === 'graphql' && GqlExecutionContext.create(context).getInfo()?.operation?.operation === 'mutation';
