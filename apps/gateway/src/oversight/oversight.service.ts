import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Inject, Injectable } from '@nestjs/common';
import {
  type DrawCommand,
  type DrawInput,
  type DrawState,
  DomainError,
  type EnforcementBody,
  type HazardState,
  type InspectionFindingKind,
  type OversightCommand,
  type OversightState,
  WILDCARD,
  badInput,
  code,
  drawRandomInspections,
  mayRead,
  requiredText,
  type Sector,
  scopeCovers,
} from '@hazard/domain';
import type { Db, StoredEvent } from '@hazard/event-store';
import { enforcementBodies, enforcementBody, inspectionsInYear, listOversightRecords, saveEnforcementBody, DRAW, OVERSIGHT } from '@hazard/read-models';
import type { Principal, RequestInfo } from '../auth/principal';
import { authorize } from '../auth/authorize';
import { DirectStreams, type StreamCommandOptions } from '../common/direct-stream';
import { commandIdOf } from '../common/register-event.mapper';
import { APP_CONFIG, type GatewayConfig } from '../config';
import { type Finding, FindingsService, findingDraft } from '../findings/findings.service';
import { DATABASE } from '../infrastructure/database.provider';

/** The hazard an inspection finding starts: the inspector's words; where and whose come from the inspection. */
type InspectionHazard = Omit<Finding, 'description' | 'level'> & { sector: Sector; location?: string | null };

/**
 * Supervision (督查, the committee office's, of districts and departments) and administrative
 * inspection (行政检查, an enforcement body's, of enterprises), with reproducible random draws.
 * Like the register, these records have no clocks: they append straight to the event store.
 */
@Injectable()
export class OversightService {
  private readonly streams: DirectStreams;

  constructor(
    @Inject(DATABASE) private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    private readonly findings: FindingsService,
  ) {
    this.streams = new DirectStreams(db);
  }

  /** `bodyCode` names the enforcement body of an inspection; its published list is resolved from data. */
  async execute(principal: Principal, request: RequestInfo, id: string, command: OversightCommand, options: StreamCommandOptions, bodyCode?: string | null) {
    return this.streams.execute(OVERSIGHT, {
      principal,
      request,
      id,
      command,
      options,
      assertVisible: (state) => this.assertVisible(principal, state),
      resolve: async (_state, c) => {
        if (c.type === 'OpenSupervision') return { ...c, data: { ...c.data, oversightId: id } };
        if (c.type !== 'OpenInspection') return c;
        const body = bodyCode ? await enforcementBody(this.db, code('enforcementBodyCode', bodyCode)) : null;
        // An inspection belongs to the body's department and the enterprise's region: both in the caller's scope.
        if (body && typeof c.data.enterprise?.regionCode === 'string' && !scopeCovers(principal, c.data.enterprise.regionCode, body.departmentCode)) {
          throw new DomainError('FORBIDDEN', `region ${c.data.enterprise.regionCode} × department ${body.departmentCode} is outside your scope`);
        }
        const credit = typeof c.data.enterprise?.creditCode === 'string' ? c.data.enterprise.creditCode.toUpperCase() : '';
        const inspectionsThisYear = body && credit ? await inspectionsInYear(this.db, body.code, credit, new Date()) : 0;
        return { ...c, data: { ...c.data, oversightId: id, body, inspectionsThisYear, annualCap: this.config.INSPECTION_ANNUAL_CAP ?? null } };
      },
    });
  }

  /**
   * Records an inspection finding; a hazard finding given `hazard` starts its hazard in the same step (checked
   * first: a bad one refuses the finding too), its level from the finding's kind. A violation opens a penalty
   * case, never a hazard.
   */
  async recordInspectionFinding(
    principal: Principal,
    request: RequestInfo,
    id: string,
    finding: { kind: InspectionFindingKind; description: string },
    hazard: InspectionHazard | null,
    options: StreamCommandOptions,
  ): Promise<{ state: OversightState; events: StoredEvent[]; hazard: HazardState | null }> {
    const command: OversightCommand = { type: 'RecordInspectionFinding', data: finding };
    if (!hazard) return { ...(await this.execute(principal, request, id, command, options)), hazard: null };
    if (finding.kind === 'VIOLATION') throw badInput('hazard', 'a violation opens a penalty case, not a hazard: record it without `hazard`');
    const current = await this.find(principal, id);
    // No such inspection (or a supervision): the command goes on to be refused as it would be without a hazard.
    if (!current || current.state.kind !== 'INSPECTION') return { ...(await this.execute(principal, request, id, command, options)), hazard: null };
    const s = current.state;
    const draft = findingDraft(
      { ...hazard, description: finding.description, level: finding.kind === 'MAJOR_HAZARD' ? 'MAJOR' : 'GENERAL' },
      {
        sector: hazard.sector,
        regionCode: s.enterprise.regionCode,
        departmentCode: s.body.departmentCode,
        enterpriseName: s.enterprise.name,
        enterpriseCreditCode: s.enterprise.creditCode,
        location: hazard.location ?? null,
        source: 'DEPARTMENT_INSPECTION',
        foundAt: options.occurredAt ?? new Date().toISOString(),
      },
    );
    this.findings.check(principal, [draft], 'hazard');
    const { state, events, commandId } = await this.execute(principal, request, id, command, options);
    const version = events.find((e) => commandIdOf(e) === commandId)?.version ?? state.version;
    const origin = { kind: 'INSPECTION' as const, reference: `oversight-${id}@${version}`, majorHazardSourceId: null };
    const [started] = await this.findings.start(principal, request, [draft], origin, options.idempotencyKey ?? commandId);
    return { state, events, hazard: started };
  }

  find(principal: Principal, id: string): Promise<{ state: OversightState; events: StoredEvent[] } | null> {
    return this.streams.find(OVERSIGHT, id, (state) => this.assertVisible(principal, state));
  }

  /** Supervisions (committee office, auditors) and inspections in the caller's scope, newest first. */
  async list(principal: Principal, kind: 'SUPERVISION' | 'INSPECTION' | null): Promise<OversightState[]> {
    return (await listOversightRecords(this.db, kind)).filter((s) => this.visible(principal, s));
  }

  async recordDraw(principal: Principal, request: RequestInfo, drawId: string, data: { title: string; bodyCode: string; seed?: string | null; input: Omit<DrawInput, 'seed' | 'annualCap'> }, options: StreamCommandOptions) {
    const body = await enforcementBody(this.db, code('bodyCode', data.bodyCode));
    if (!body) throw badInput('bodyCode', `no enforcement body ${data.bodyCode}`);
    if (!principal.departments.includes(WILDCARD) && !principal.departments.includes(body.departmentCode)) {
      throw new DomainError('FORBIDDEN', `department ${body.departmentCode} is outside your scope`);
    }
    // The server makes the seed when the caller gives none; either way it is recorded with the pools.
    const seed = data.seed ?? randomUUID();
    const enterprises = await Promise.all(
      data.input.enterprises.map(async (e, i) => ({ id: requiredText(`enterprises[${i}].id`, e?.id, { max: 64 }), inspectionsThisYear: await inspectionsInYear(this.db, body.code, String(e.id).toUpperCase(), new Date()) })),
    );
    const command: DrawCommand = { type: 'RecordRandomDraw', data: { drawId, title: data.title, bodyCode: body.code, input: { ...data.input, enterprises, seed, annualCap: this.config.INSPECTION_ANNUAL_CAP ?? null } } };
    return this.streams.execute(DRAW, { principal, request, id: drawId, command, options, assertVisible: (s) => this.assertDrawVisible(principal, s) });
  }

  /** A recorded draw, and whether running it again from its pools and seed gives the same result. */
  async findDraw(principal: Principal, id: string): Promise<{ state: DrawState; reproduces: boolean } | null> {
    const found = await this.streams.find(DRAW, id, (s) => this.assertDrawVisible(principal, s));
    if (!found) return null;
    const again = drawRandomInspections(found.state.input);
    // The stored text is canonical (keys sorted): compare values, not key order.
    return { state: found.state, reproduces: isDeepStrictEqual(again, found.state.result) };
  }

  async bodies(): Promise<EnforcementBody[]> {
    return enforcementBodies(this.db);
  }

  async saveBody(principal: Principal, body: EnforcementBody): Promise<EnforcementBody> {
    authorize(principal, 'manageEnforcementBodies');
    const seen = new Set<string>();
    const items = body.items.map((item, i) => {
      const c = requiredText(`items[${i}].code`, item.code, { max: 64 });
      if (seen.has(c)) throw badInput(`items[${i}].code`, `${c} is listed twice`);
      seen.add(c);
      return { code: c, name: requiredText(`items[${i}].name`, item.name, { max: 200 }) };
    });
    if (items.length === 0) throw badInput('items', 'a body publishes at least one inspection item');
    return saveEnforcementBody(this.db, {
      code: code('code', body.code),
      name: requiredText('name', body.name, { max: 100 }),
      departmentCode: code('departmentCode', body.departmentCode),
      items,
      source: requiredText('source', body.source, { max: 300 }),
    });
  }

  private visible(principal: Principal, state: OversightState): boolean {
    if (state.kind === 'INSPECTION') return mayRead(principal.roles, principal, state.enterprise.regionCode, state.body.departmentCode);
    // Supervisions are the committee office's work; auditors read them too.
    return principal.roles.includes('COMMITTEE_OFFICE') || principal.roles.includes('AUDITOR');
  }

  private assertVisible(principal: Principal, state: OversightState): void {
    if (!this.visible(principal, state)) throw new DomainError('NOT_FOUND', `no supervision or inspection ${state.id} that you may see`);
  }

  /** Draws are public by design (双随机一公开): every signed-in role may read and re-run them. */
  private assertDrawVisible(_principal: Principal, _state: DrawState): void {}
}
