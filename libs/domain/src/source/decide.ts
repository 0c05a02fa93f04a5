import type { Decider } from '../shared/aggregate';
import { DomainError, badInput, invalidTransition } from '../shared/errors';
import { type CommandMetadata, assertSystemActor } from '../shared/metadata';
import { assertNever } from '../shared/never';
import { assertMayRunCommand } from '../shared/permissions';
import { siteVerification } from '../shared/site-verification';
import { code, creditCode, oneOf, optionalText, phone, requiredText } from '../shared/validation';
import { RESPONSIBLE_ROLES, RESPONSIBLE_ROLE_LABELS, type SourceCommand, UNIT_KINDS } from './commands';
import type { SourceEventBody } from './events';
import { evolveSource } from './evolve';
import { gradeMajorHazard } from './grading';
import { patrolBasis } from './patrols';
import type { SourceState } from './state';

/** Re-assessment is due this long after an assessment (or sooner, on a listed trigger). */
export const REASSESS_AFTER_DAYS = 3 * 365;

export function decideSource(state: SourceState | null, command: SourceCommand, meta: CommandMetadata): SourceEventBody[] {
  if (command.type === 'RaisePatrolAlarm') {
    assertSystemActor(meta, 'raises patrol alarms');
    if (!state) throw new DomainError('NOT_FOUND', 'no such major hazard source');
    const role = oneOf('role', command.data.role, RESPONSIBLE_ROLES);
    const person = state.responsible[role];
    const since = patrolBasis(state, role);
    if (!person || !since) throw invalidTransition(`no ${RESPONSIBLE_ROLE_LABELS[role]} is active`);
    if (state.patrolAlarms?.[role] === since) throw invalidTransition(`the alarm for ${RESPONSIBLE_ROLE_LABELS[role]}'s patrol since ${since} was raised`);
    return [{ type: 'PatrolOverdue', data: { role, person: person.name, since, reason: requiredText('reason', command.data.reason, { max: 1000 }) } }];
  }
  assertMayRunCommand(meta, command.type);
  if (meta.expectedVersion !== undefined && meta.expectedVersion !== (state?.version ?? 0)) {
    throw new DomainError('VERSION_CONFLICT', `the source is at version ${state?.version ?? 0}, the command expected ${meta.expectedVersion}`);
  }
  if (command.type === 'RegisterMajorHazardSource') {
    if (state) throw invalidTransition(`major hazard source ${state.name} is already registered`);
    const d = command.data;
    return [
      {
        type: 'MajorHazardSourceRegistered',
        data: {
          sourceId: requiredText('sourceId', d.sourceId, { max: 64 }),
          name: requiredText('name', d.name, { max: 200 }),
          enterpriseName: requiredText('enterpriseName', d.enterpriseName, { max: 200 }),
          enterpriseCreditCode: creditCode('enterpriseCreditCode', d.enterpriseCreditCode),
          unitKind: oneOf('unitKind', d.unitKind, UNIT_KINDS),
          location: requiredText('location', d.location, { max: 500 }),
          regionCode: code('regionCode', d.regionCode),
          departmentCode: code('departmentCode', d.departmentCode),
        },
      },
    ];
  }
  if (!state) throw new DomainError('NOT_FOUND', 'no such major hazard source');
  switch (command.type) {
    case 'AssessMajorHazardSource': {
      const d = command.data;
      // Refused input throws here, before any event: an unknown chemical writes no snapshot.
      const graded = gradeMajorHazard({ population500m: d.population500m, chemicals: d.chemicals }, d.reference);
      const { terms, ...result } = graded;
      const at = Date.parse(meta.occurredAt ?? meta.now);
      return [
        {
          type: 'MajorHazardSourceAssessed',
          data: {
            standard: d.standard,
            population500m: d.population500m,
            chemicals: d.chemicals.map((c) => ({ name: c.name ?? null, cas: c.cas ?? null, quantityTonnes: c.quantityTonnes })),
            result,
            terms,
            trigger: optionalText('trigger', d.trigger, { max: 500 }),
            reassessBy: new Date(at + REASSESS_AFTER_DAYS * 86_400_000).toISOString(),
          },
        },
      ];
    }
    case 'AssignResponsiblePerson': {
      const role = oneOf('role', command.data.role, RESPONSIBLE_ROLES);
      const current = state.responsible[role];
      if (current) {
        throw invalidTransition(`${RESPONSIBLE_ROLE_LABELS[role]} ${current.name} is active; relieve them first (exactly one active per role)`);
      }
      return [{ type: 'ResponsiblePersonAssigned', data: { role, name: requiredText('name', command.data.name, { max: 100 }), phone: phone('phone', command.data.phone) } }];
    }
    case 'RelieveResponsiblePerson': {
      const role = oneOf('role', command.data.role, RESPONSIBLE_ROLES);
      const current = state.responsible[role];
      if (!current) throw invalidTransition(`no ${RESPONSIBLE_ROLE_LABELS[role]} is active`);
      return [{ type: 'ResponsiblePersonRelieved', data: { role, name: current.name, reason: requiredText('reason', command.data.reason, { max: 500 }) } }];
    }
    case 'RecordPatrol': {
      const role = oneOf('role', command.data.role, RESPONSIBLE_ROLES);
      const current = state.responsible[role];
      if (!current) throw badInput('role', `no ${RESPONSIBLE_ROLE_LABELS[role]} is active to patrol`);
      return [{ type: 'PatrolRecorded', data: { role, person: current.name, note: requiredText('note', command.data.note, { max: 2000, multiline: true }) } }];
    }
    case 'VerifySourceOnSite':
      return [{ type: 'SourceVerifiedOnSite', data: siteVerification(command.data) }];
    default:
      return assertNever(command);
  }
}

/** The major hazard source's decider as one value (the command handler takes it so). */
export const sourceDecider: Decider<SourceState, SourceCommand, SourceEventBody> = { decide: decideSource, evolve: evolveSource };
