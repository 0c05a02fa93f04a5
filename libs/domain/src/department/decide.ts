import type { Decider } from '../shared/aggregate';
import { DomainError, badInput, invalidTransition } from '../shared/errors';
import type { CommandMetadata } from '../shared/metadata';
import { assertNever } from '../shared/never';
import { assertMayRunCommand } from '../shared/permissions';
import { DEFAULT_DEPARTMENT_BY_SECTOR, SECTOR_LABELS, SECTORS } from '../shared/reference';
import { bool, optionalText, requiredText } from '../shared/validation';
import { type DepartmentCommand, departmentCode, sectorList } from './commands';
import type { DepartmentEventBody } from './events';
import { evolveDepartment } from './evolve';
import type { DepartmentState } from './state';

const name = (value: unknown) => requiredText('name', value, { max: 100 });
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The reporting units (成员单位) of the committee, as data the committee office keeps (README, Reporting units).
 * A code is never given out twice, a retired unit changes no more, and a unit that is some sector's default
 * department (DEFAULT_DEPARTMENT_BY_SECTOR) is not retired: hazards reported in that sector would have nowhere to go.
 */
export function decideDepartment(state: DepartmentState | null, command: DepartmentCommand, meta: CommandMetadata): DepartmentEventBody[] {
  assertMayRunCommand(meta, command.type);
  if (meta.expectedVersion !== undefined && meta.expectedVersion !== (state?.version ?? 0)) {
    throw new DomainError('VERSION_CONFLICT', `the department is at version ${state?.version ?? 0}, the command expected ${meta.expectedVersion}`);
  }
  if (command.type === 'AddDepartment') {
    const d = command.data;
    const code = departmentCode('code', d.code);
    if (state) throw badInput('code', `${code} is taken by ${state.name}${state.active ? '' : ' (retired)'}; a code is never given out twice`);
    return [{ type: 'DepartmentAdded', data: { code, name: name(d.name), sectors: sectorList('sectors', d.sectors), hasDistrictUnits: bool('hasDistrictUnits', d.hasDistrictUnits) } }];
  }
  // The code is what the caller typed: an unknown one is bad input, not a record hidden from them.
  if (!state) throw badInput('code', `there is no department ${String(command.data.code)}; add it first`);
  if (!state.active) throw invalidTransition(`${state.name} (${state.code}) was retired and changes no more`);
  switch (command.type) {
    case 'RenameDepartment': {
      const next = name(command.data.name);
      if (next === state.name) throw badInput('name', `is already ${state.name}`);
      return [{ type: 'DepartmentRenamed', data: { name: next, previousName: state.name, reason: optionalText('reason', command.data.reason, { max: 500 }) } }];
    }
    case 'ChangeDepartmentSectors': {
      const sectors = sectorList('sectors', command.data.sectors);
      if (sameSet(sectors, state.sectors)) throw badInput('sectors', `are the sectors ${state.name} already supervises`);
      return [{ type: 'DepartmentSectorsChanged', data: { sectors, previousSectors: state.sectors, reason: optionalText('reason', command.data.reason, { max: 500 }) } }];
    }
    case 'RetireDepartment': {
      const reason = requiredText('reason', command.data.reason, { max: 500 });
      const defaults = SECTORS.filter((s) => DEFAULT_DEPARTMENT_BY_SECTOR[s] === state.code);
      if (defaults.length > 0) {
        throw invalidTransition(`${state.name} is the default department of ${defaults.map((s) => SECTOR_LABELS[s]).join('、')}; it cannot be retired`);
      }
      return [{ type: 'DepartmentRetired', data: { reason } }];
    }
    default:
      return assertNever(command);
  }
}

/** The reporting unit's decider as one value (the command handler takes it so). */
export const departmentDecider: Decider<DepartmentState, DepartmentCommand, DepartmentEventBody> = { decide: decideDepartment, evolve: evolveDepartment };
