import { Inject, Injectable } from '@nestjs/common';
import { DomainError, mayRead } from '../../../../libs/domain/src';
import { type Aggregate, type Db, loadDutyRoleRules } from '../../../../libs/event-store/src';
import type { Principal, RequestInfo } from '../auth/principal';
import { assertCreatesInScope, inScope } from '../auth/scope-filter';
import { DirectStreams, type StreamCommandOptions } from '../common/direct-stream';
import { DATABASE } from '../infrastructure/database.provider';

type Scoped = { id: string; version: number; regionCode: string; departmentCode: string };

/**
 * The duty desk's records without clocks: rosters, the duty log and emergency resources. Each is
 * event-sourced through DirectStreams and scoped by region × department like everything else.
 */
@Injectable()
export class DutyService {
  private readonly streams: DirectStreams;

  constructor(@Inject(DATABASE) private readonly db: Db) {
    this.streams = new DirectStreams(db);
  }

  execute<S extends Scoped, C extends { type: string; data: unknown }>(kind: Aggregate<S, C>, principal: Principal, request: RequestInfo, id: string, command: C, options: StreamCommandOptions) {
    return this.streams.execute(kind, {
      principal,
      request,
      id,
      command,
      options,
      assertVisible: (state) => this.assertVisible(kind.label, principal, state),
      resolve: async (_state, c) => {
        if (!kind.creates(c)) return c;
        const { regionCode, departmentCode } = c.data as { regionCode?: unknown; departmentCode?: unknown };
        assertCreatesInScope(principal, regionCode, departmentCode);
        if ((c as { type: string }).type !== 'PublishRoster') return c;
        // The roles per level in force decide what a shift must fill; their version is recorded with the roster.
        const { savedAt: _at, savedBy: _by, ...roleRules } = (await loadDutyRoleRules(this.db)) as NonNullable<Awaited<ReturnType<typeof loadDutyRoleRules>>>;
        return { ...c, data: { ...(c.data as object), roleRules } };
      },
    });
  }

  find<S extends Scoped, C extends { type: string }>(kind: Aggregate<S, C>, principal: Principal, id: string) {
    return this.streams.find(kind, id, (state) => this.assertVisible(kind.label, principal, state));
  }

  /** Records of one kind inside the caller's scope; `at` keeps those whose period covers it (rosters). */
  async list<S>(principal: Principal, kinds: string[], filter: { regionCode?: string | null; at?: Date | null; since?: Date | null } = {}): Promise<S[]> {
    let query = this.db.selectFrom('duty_records').select('state').where('kind', 'in', kinds).orderBy('starts_at', 'desc').orderBy('id').limit(2_000);
    if (filter.regionCode) query = query.where('region_code', '=', filter.regionCode);
    if (filter.at) query = query.where('starts_at', '<=', filter.at).where('ends_at', '>', filter.at);
    if (filter.since) query = query.where('starts_at', '>=', filter.since);
    query = query.where(inScope(principal));
    return (await query.execute()).map((r) => r.state as S);
  }

  private assertVisible(label: string, principal: Principal, state: Scoped): void {
    if (!mayRead(principal.roles, principal, state.regionCode, state.departmentCode)) throw new DomainError('NOT_FOUND', `no ${label} ${state.id} that you may see`);
  }
}
