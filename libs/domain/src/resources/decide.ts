import type { Decider } from '../shared/aggregate';
import { DomainError, badInput, invalidTransition } from '../shared/errors';
import type { CommandMetadata } from '../shared/metadata';
import { assertNever } from '../shared/never';
import { assertMayRunCommand } from '../shared/permissions';
import { calendarDate, code, integer, oneOf, optionalText, phone, requiredText } from '../shared/validation';
import { CONDITIONS, type ResourceCommand, TEAM_TYPES, supplyCode } from './commands';
import type { ResourceEventBody } from './events';
import { evolveResource } from './evolve';
import type { ResourceState } from './state';

export function decideResource(state: ResourceState | null, command: ResourceCommand, meta: CommandMetadata): ResourceEventBody[] {
  assertMayRunCommand(meta, command.type);
  if (meta.expectedVersion !== undefined && meta.expectedVersion !== (state?.version ?? 0)) {
    throw new DomainError('VERSION_CONFLICT', `the resource is at version ${state?.version ?? 0}, the command expected ${meta.expectedVersion}`);
  }
  if (command.type === 'RegisterResource') {
    if (state) throw invalidTransition(`${state.name} is already registered`);
    const d = command.data;
    const kind = oneOf('kind', d.kind, ['TEAM', 'DEPOT'] as const);
    const team = kind === 'TEAM';
    const dutyPhone = phone('dutyPhone', d.dutyPhone);
    if (team && !dutyPhone) throw badInput('dutyPhone', 'a team names its duty phone');
    return [
      {
        type: 'ResourceRegistered',
        data: {
          resourceId: requiredText('resourceId', d.resourceId, { max: 64 }),
          kind,
          name: requiredText('name', d.name, { max: 200 }),
          regionCode: code('regionCode', d.regionCode),
          departmentCode: code('departmentCode', d.departmentCode),
          base: requiredText('base', d.base, { max: 500 }),
          teamType: team ? oneOf('teamType', d.teamType, TEAM_TYPES) : null,
          headcount: team ? integer('headcount', d.headcount, { min: 1, max: 100_000 }) : 0,
          leader: team ? requiredText('leader', d.leader, { max: 100 }) : optionalText('leader', d.leader, { max: 100 }),
          dutyPhone,
          specialties: (Array.isArray(d.specialties) ? d.specialties : []).map((s, i) => requiredText(`specialties[${i}]`, s, { max: 100 })),
        },
      },
    ];
  }
  if (!state) throw new DomainError('NOT_FOUND', 'no such resource');
  switch (command.type) {
    case 'ReportTeamStatus': {
      if (state.kind !== 'TEAM') throw invalidTransition(`${state.name} is a depot`);
      const headcount = command.data.headcount === undefined || command.data.headcount === null ? state.headcount : integer('headcount', command.data.headcount, { min: 1, max: 100_000 });
      const onDuty = integer('onDuty', command.data.onDuty, { min: 0, max: headcount });
      return [{ type: 'TeamStatusReported', data: { onDuty, headcount } }];
    }
    case 'RecordDrill':
      if (state.kind !== 'TEAM') throw invalidTransition(`${state.name} is a depot`);
      return [{ type: 'DrillRecorded', data: { heldOn: calendarDate('heldOn', command.data.heldOn), note: requiredText('note', command.data.note, { max: 2000, multiline: true }) } }];
    case 'SetStock': {
      const d = command.data;
      return [
        {
          type: 'StockSet',
          data: {
            code: supplyCode('code', d.code),
            name: requiredText('name', d.name, { max: 200 }),
            unit: requiredText('unit', d.unit, { max: 20 }),
            quantity: integer('quantity', d.quantity, { min: 0, max: 100_000_000 }),
            condition: oneOf('condition', d.condition, CONDITIONS),
            expiresOn: d.expiresOn === undefined || d.expiresOn === null ? null : calendarDate('expiresOn', d.expiresOn),
            reason: requiredText('reason', d.reason, { max: 500 }),
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

/** The emergency resource's decider as one value (the command handler takes it so). */
export const resourceDecider: Decider<ResourceState, ResourceCommand, ResourceEventBody> = { decide: decideResource, evolve: evolveResource };
