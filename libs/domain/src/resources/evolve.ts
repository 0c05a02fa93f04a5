import type { Actor } from '../shared/metadata';
import { assertNever } from '../shared/never';
import type { ResourceEventBody } from './events';
import type { ResourceState } from './state';

export function evolveResource(state: ResourceState | null, event: { type: string; data: unknown; version: number; metadata: { actor: Actor } }): ResourceState {
  const body = { type: event.type, data: event.data } as ResourceEventBody;
  if (body.type === 'ResourceRegistered') {
    const { resourceId, ...d } = body.data;
    return { id: resourceId, version: event.version, ...d, onDuty: 0, lastDrillOn: null, stock: [] };
  }
  if (!state) throw new Error(`${event.type} before the resource was registered`);
  const next = { ...state, version: event.version };
  switch (body.type) {
    case 'TeamStatusReported':
      return { ...next, onDuty: body.data.onDuty, headcount: body.data.headcount };
    case 'DrillRecorded':
      return { ...next, lastDrillOn: !state.lastDrillOn || body.data.heldOn > state.lastDrillOn ? body.data.heldOn : state.lastDrillOn };
    case 'StockSet': {
      const { reason: _r, ...line } = body.data;
      const others = state.stock.filter((l) => l.code !== line.code);
      return { ...next, stock: [...others, line].sort((a, b) => a.code.localeCompare(b.code)) };
    }
    default:
      return assertNever(body);
  }
}
