import { Inject, Injectable } from '@nestjs/common';
import { DomainError, mayRead } from '@hazard/domain';
import type { Aggregate, Db } from '@hazard/event-store';
import { type DutyRecordQuery, type DutyRecordStates, listDutyRecords } from '@hazard/read-models';
import type { Principal, RequestInfo } from '../auth/principal';
import { assertCreatesInScope, readScope } from '../auth/scope-filter';
import { DirectStreams, type StreamCommandOptions } from '../common/direct-stream';
import { DATABASE } from '../infrastructure/database.provider';

type Scoped = { id: string; version: number; regionCode: string; departmentCode: string };

/**
 * The duty desk's records without clocks: rosters, the duty log and emergency resources. Each is
 * event-sourced through DirectStreams and scoped by region × department like everything else; the
 * three share one read model (`duty_records`), so they share the way in and the way out.
 */
@Injectable()
export class DutyRecordsService {
  private readonly streams: DirectStreams;

  constructor(@Inject(DATABASE) private readonly db: Db) {
    this.streams = new DirectStreams(db);
  }

  /** `enrich` adds what a record's first command takes from data (after the scope check on what it creates). */
  execute<S extends Scoped, C extends { type: string; data: unknown }>(
    kind: Aggregate<S, C>,
    principal: Principal,
    request: RequestInfo,
    id: string,
    command: C,
    options: StreamCommandOptions,
    enrich?: (command: C) => Promise<C>,
  ) {
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
        return enrich ? enrich(c) : c;
      },
    });
  }

  /** Records of some kinds inside the caller's scope, latest start first. */
  list<K extends keyof DutyRecordStates>(principal: Principal, query: Omit<DutyRecordQuery<K>, 'scope'>): Promise<DutyRecordStates[K][]> {
    return listDutyRecords(this.db, { ...query, scope: readScope(principal) });
  }

  private assertVisible(label: string, principal: Principal, state: Scoped): void {
    if (!mayRead(principal.roles, principal, state.regionCode, state.departmentCode)) throw new DomainError('NOT_FOUND', `no ${label} ${state.id} that you may see`);
  }
}
