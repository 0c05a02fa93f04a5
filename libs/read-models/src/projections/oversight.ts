import { type EnforcementBody, type OversightEvent, type OversightState, evolveOversight } from '@hazard/domain';
import { type Db, foldedReadModel, foldIntoReadModel, type Projector } from '@hazard/event-store';

export const OVERSIGHT_STREAM_TYPE = 'oversight';
export const oversightStreamId = (id: string): string => `oversight-${id}`;
export const DRAW_STREAM_TYPE = 'random-draw';
export const drawStreamId = (id: string): string => `draw-${id}`;

/** The read model of supervisions and inspections, written in the append transaction. */
export const OVERSIGHT_READ_MODEL = foldedReadModel<OversightState>('oversight_records', (state) => {
    const inspection = state.kind === 'INSPECTION' ? state : null;
    return {
      kind: state.kind,
      version: state.version,
      region_code: inspection ? inspection.enterprise.regionCode : state.kind === 'SUPERVISION' && state.target.kind === 'DISTRICT' ? state.target.code : null,
      department_code: inspection ? inspection.body.departmentCode : state.kind === 'SUPERVISION' && state.target.kind === 'DEPARTMENT' ? state.target.code : null,
      body_code: inspection?.body.code ?? null,
      enterprise_credit_code: inspection?.enterprise.creditCode ?? null,
      opened_at: state.openedAt,
    };
  });

export const projectOversightEvents: Projector = (trx, events) =>
  foldIntoReadModel(trx, OVERSIGHT_READ_MODEL, (s, e) => evolveOversight(s, e as unknown as OversightEvent), events);

export async function enforcementBody(db: Db, code: string): Promise<EnforcementBody | null> {
  const row = await db.selectFrom('enforcement_bodies').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? { code: row.code, name: row.name, departmentCode: row.department_code, items: row.items as EnforcementBody['items'], source: row.source } : null;
}

export async function enforcementBodies(db: Db): Promise<EnforcementBody[]> {
  const rows = await db.selectFrom('enforcement_bodies').selectAll().orderBy('code').execute();
  return rows.map((row) => ({ code: row.code, name: row.name, departmentCode: row.department_code, items: row.items as EnforcementBody['items'], source: row.source }));
}

export async function saveEnforcementBody(db: Db, body: EnforcementBody): Promise<EnforcementBody> {
  const values = { code: body.code, name: body.name, department_code: body.departmentCode, items: JSON.stringify(body.items), source: body.source, updated_at: new Date() };
  await db.insertInto('enforcement_bodies').values(values).onConflict((oc) => oc.column('code').doUpdateSet(values)).execute();
  return body;
}

/** Inspections of one enterprise by one body opened in the calendar year (Beijing time) of `at`. */
export async function inspectionsInYear(db: Db, bodyCode: string, creditCode: string, at: Date): Promise<number> {
  const year = new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();
  const from = new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000);
  const to = new Date(Date.UTC(year + 1, 0, 1) - 8 * 3_600_000);
  const row = await db
    .selectFrom('oversight_records')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('kind', '=', 'INSPECTION')
    .where('body_code', '=', bodyCode)
    .where('enterprise_credit_code', '=', creditCode)
    .where('opened_at', '>=', from)
    .where('opened_at', '<', to)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
