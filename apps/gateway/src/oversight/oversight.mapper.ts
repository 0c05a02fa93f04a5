import type { DrawState, OversightState } from '@hazard/domain';
import type { StoredEvent } from '@hazard/event-store';
import { toRegisterEvent } from '../common/register-event.mapper';
import type { OversightModel } from './models/oversight.model';
import type { RandomDrawModel } from './models/random-draw.model';

/** A supervision or an inspection in the one shape both share: the other kind's fields are null or empty. */
export function toOversightModel(s: OversightState, events: StoredEvent[] | null): OversightModel {
  const history = events ? events.map((e) => toRegisterEvent(e)) : null;
  if (s.kind === 'SUPERVISION') {
    return {
      id: s.id, kind: s.kind, version: s.version, openedAt: s.openedAt, title: s.title, targetKind: s.target.kind, targetCode: s.target.code, targetName: s.target.name,
      method: s.method, leaderLed: s.leaderLed, leader: s.leader, notices: s.notices, bodyName: null, item: null, enterpriseName: null, enterpriseCreditCode: null,
      inspectors: [], approvalDocument: null, drawId: null, findings: s.findings.map((f) => ({ kind: null, ...f })), history,
    };
  }
  return {
    id: s.id, kind: s.kind, version: s.version, openedAt: s.openedAt, title: s.item.name, targetKind: null, targetCode: null, targetName: null, method: null,
    leaderLed: null, leader: null, notices: [], bodyName: s.body.name, item: s.item, enterpriseName: s.enterprise.name, enterpriseCreditCode: s.enterprise.creditCode,
    inspectors: s.inspectors, approvalDocument: s.approvalDocument, drawId: s.drawId, findings: s.findings, history,
  };
}

export const toRandomDrawModel = ({ state, reproduces }: { state: DrawState; reproduces: boolean }): RandomDrawModel => ({
  id: state.id, title: state.title, bodyCode: state.bodyCode, seed: state.input.seed, enterprisePool: state.input.enterprises.length, inspectorPool: state.input.inspectors.length,
  annualCap: state.input.annualCap, ...state.result, recordedAt: state.recordedAt, reproduces,
});
