import { assertNever } from '../shared/never';
import type { DepartmentEvent, DepartmentEventBody } from './events';
import type { DepartmentState } from './state';

export function evolveDepartment(state: DepartmentState | null, event: DepartmentEvent): DepartmentState {
  const body = { type: event.type, data: event.data } as DepartmentEventBody;
  const validFrom = event.metadata.occurredAt;
  if (body.type === 'DepartmentAdded') {
    const { code, name, sectors, hasDistrictUnits } = body.data;
    return { id: code, version: event.version, code, name, sectors: [...sectors], hasDistrictUnits, active: true, validFrom };
  }
  if (!state) throw new Error(`${event.type} before the department was added`);
  const next = { ...state, version: event.version, validFrom };
  switch (body.type) {
    case 'DepartmentRenamed':
      return { ...next, name: body.data.name };
    case 'DepartmentSectorsChanged':
      return { ...next, sectors: [...body.data.sectors] };
    case 'DepartmentRetired':
      return { ...next, active: false };
    default:
      return assertNever(body);
  }
}
