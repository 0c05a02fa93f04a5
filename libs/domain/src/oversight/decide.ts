import type { Decider } from '../shared/aggregate';
import { DomainError, badInput, invalidTransition } from '../shared/errors';
import type { CommandMetadata } from '../shared/metadata';
import { assertNever } from '../shared/never';
import { assertMayRunCommand } from '../shared/permissions';
import { code, creditCode, oneOf, optionalText, requiredText } from '../shared/validation';
import { type DrawCommand, INSPECTION_FINDING_KINDS, MIN_INSPECTORS, type OversightCommand, SUPERVISION_METHODS, SUPERVISION_NOTICES, SUPERVISION_TARGET_KINDS } from './commands';
import { type DrawInput, drawRandomInspections } from './draw';
import type { DrawEventBody, OversightEventBody } from './events';
import { evolveDraw, evolveOversight } from './evolve';
import type { DrawState, OversightState } from './state';

export function decideOversight(state: OversightState | null, command: OversightCommand, meta: CommandMetadata): OversightEventBody[] {
  assertMayRunCommand(meta, command.type);
  if (meta.expectedVersion !== undefined && meta.expectedVersion !== (state?.version ?? 0)) {
    throw new DomainError('VERSION_CONFLICT', `the record is at version ${state?.version ?? 0}, the command expected ${meta.expectedVersion}`);
  }
  if (command.type === 'OpenSupervision' || command.type === 'OpenInspection') {
    if (state) throw invalidTransition(`${state.id} is already open`);
  } else if (!state) {
    throw new DomainError('NOT_FOUND', 'no such supervision or inspection');
  }

  switch (command.type) {
    case 'OpenSupervision': {
      const d = command.data;
      if (d.target?.kind === 'ENTERPRISE') {
        throw badInput(
          'target.kind',
          'a supervision (督查) targets a district or a department; an enterprise is inspected (行政检查) by its enforcement body: open an inspection instead',
        );
      }
      const leaderLed = d.leaderLed === true;
      const leader = optionalText('leader', d.leader, { max: 100 });
      if (leaderLed && !leader) throw badInput('leader', 'a leader-led supervision names its leader');
      return [
        {
          type: 'SupervisionOpened',
          data: {
            oversightId: requiredText('oversightId', d.oversightId, { max: 64 }),
            title: requiredText('title', d.title, { max: 200 }),
            target: { kind: oneOf('target.kind', d.target?.kind, SUPERVISION_TARGET_KINDS), code: code('target.code', d.target?.code), name: requiredText('target.name', d.target?.name, { max: 100 }) },
            method: oneOf('method', d.method, SUPERVISION_METHODS),
            leaderLed,
            leader,
          },
        },
      ];
    }
    case 'RecordSupervisionFinding':
      if (state?.kind !== 'SUPERVISION') throw invalidTransition('an inspection records inspection findings');
      return [{ type: 'SupervisionFindingRecorded', data: { description: requiredText('description', command.data.description, { max: 2000, multiline: true }) } }];
    case 'IssueSupervisionNotice':
      if (state?.kind !== 'SUPERVISION') throw invalidTransition('notices belong to a supervision');
      return [
        {
          type: 'SupervisionNoticeIssued',
          data: {
            kind: oneOf('kind', command.data.kind, SUPERVISION_NOTICES),
            documentNumber: optionalText('documentNumber', command.data.documentNumber, { max: 100 }),
            note: requiredText('note', command.data.note, { max: 2000, multiline: true }),
          },
        },
      ];
    case 'OpenInspection': {
      const d = command.data;
      if (!d.body) throw badInput('enforcementBodyCode', 'an administrative inspection is carried out by a legal enforcement body: name a registered one');
      const itemCode = requiredText('itemCode', d.itemCode, { max: 64 });
      const item = d.body.items.find((i) => i.code === itemCode);
      if (!item) throw badInput('itemCode', `${itemCode} is not on the published inspection item list of ${d.body.name} (${d.body.source})`);
      const inspectors = (Array.isArray(d.inspectors) ? d.inspectors : []).map((p, i) => ({
        name: requiredText(`inspectors[${i}].name`, p?.name, { max: 100 }),
        certificateNo: requiredText(`inspectors[${i}].certificateNo`, p?.certificateNo, { max: 32 }),
      }));
      if (new Set(inspectors.map((p) => p.certificateNo)).size < MIN_INSPECTORS) {
        throw badInput('inspectors', `an administrative inspection needs at least ${MIN_INSPECTORS} inspectors with distinct law-enforcement certificates`);
      }
      if (d.annualCap !== null && d.inspectionsThisYear >= d.annualCap) {
        throw invalidTransition(`${d.enterprise?.name ?? 'the enterprise'} has had ${d.inspectionsThisYear} inspection(s) by ${d.body.name} this year; the configured cap is ${d.annualCap}`);
      }
      const credit = creditCode('enterprise.creditCode', d.enterprise?.creditCode);
      if (!credit) throw badInput('enterprise.creditCode', 'is required: an inspection targets one identified enterprise');
      return [
        {
          type: 'InspectionOpened',
          data: {
            oversightId: requiredText('oversightId', d.oversightId, { max: 64 }),
            body: { code: d.body.code, name: d.body.name, departmentCode: d.body.departmentCode, source: d.body.source },
            item,
            enterprise: { name: requiredText('enterprise.name', d.enterprise?.name, { max: 200 }), creditCode: credit, regionCode: code('enterprise.regionCode', d.enterprise?.regionCode) },
            inspectors,
            approvedBy: requiredText('approvedBy', d.approvedBy, { max: 100 }),
            approvalDocument: requiredText('approvalDocument', d.approvalDocument, { max: 100 }),
            drawId: optionalText('drawId', d.drawId, { max: 64 }),
          },
        },
      ];
    }
    case 'RecordInspectionFinding':
      if (state?.kind !== 'INSPECTION') throw invalidTransition('a supervision records findings about work, not inspection findings');
      return [
        {
          type: 'InspectionFindingRecorded',
          data: { kind: oneOf('kind', command.data.kind, INSPECTION_FINDING_KINDS), description: requiredText('description', command.data.description, { max: 2000, multiline: true }) },
        },
      ];
    default:
      return assertNever(command);
  }
}

export function decideDraw(state: DrawState | null, command: DrawCommand, meta: CommandMetadata): DrawEventBody[] {
  assertMayRunCommand(meta, command.type);
  if (state) throw invalidTransition(`draw ${state.id} is recorded; a draw is made once (draw again under a new id)`);
  const d = command.data;
  const input: DrawInput = {
    seed: requiredText('seed', d.input?.seed, { max: 128 }),
    enterprises: (d.input?.enterprises ?? []).map((e) => ({ id: e.id, inspectionsThisYear: e.inspectionsThisYear ?? 0 })),
    inspectors: (d.input?.inspectors ?? []).map((p) => ({ id: p.id, certificateNo: p.certificateNo })),
    conflicts: (d.input?.conflicts ?? []).map((c) => ({ inspectorId: c.inspectorId, enterpriseId: c.enterpriseId })),
    count: d.input?.count,
    inspectorsPerEnterprise: d.input?.inspectorsPerEnterprise,
    annualCap: d.input?.annualCap ?? null,
  };
  if (input.enterprises.length === 0) throw badInput('enterprises', 'the pool of enterprises is empty');
  if (input.inspectors.length < MIN_INSPECTORS) throw badInput('inspectors', `the pool needs at least ${MIN_INSPECTORS} certified inspectors`);
  const result = drawRandomInspections(input);
  return [{ type: 'RandomDrawRecorded', data: { drawId: requiredText('drawId', d.drawId, { max: 64 }), title: requiredText('title', d.title, { max: 200 }), bodyCode: code('bodyCode', d.bodyCode), input, result } }];
}

/** A supervision's or an inspection's decider as one value (the command handler takes it so). */
export const oversightDecider: Decider<OversightState, OversightCommand, OversightEventBody> = { decide: decideOversight, evolve: evolveOversight };

/** A random draw's decider as one value: a draw is recorded once, so its stream has one event. */
export const drawDecider: Decider<DrawState, DrawCommand, DrawEventBody> = { decide: decideDraw, evolve: evolveDraw };
