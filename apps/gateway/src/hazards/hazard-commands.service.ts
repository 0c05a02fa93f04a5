import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Client, WithStartWorkflowOperation } from '@temporalio/client';
import { v5 as uuidv5 } from 'uuid';
import {
  type CommandMetadata,
  DomainError,
  type HazardCommand,
  type HazardState,
  type PolicySnapshot,
  type ReportHazardData,
  hazardStreamId,
  mayExecute,
  mayReadHazard,
  requiredText,
  scopeCovers,
  scopeCoversHazard,
  validateCommand,
} from '@hazard/domain';
import { type Db, streamHasCommand } from '@hazard/event-store';
import { enterprisePenalties, findHazardState } from '@hazard/read-models';
import { DEFAULT_POLICY_ID, allocateHazardCode, resolvePolicySnapshot } from '@hazard/administration';
import { type CommandRequest, type HazardWorkflow, executeCommandUpdate, hazardWorkflowId } from '@hazard/contracts';
import type { Principal, RequestInfo } from '../auth/principal';
import { type StreamCommandOptions, commandMetadata } from '../common/direct-stream';
import { isAlreadyStarted, isWorkflowClosed, translateUpdateError } from '../common/temporal-errors';
import { APP_CONFIG, type GatewayConfig } from '../config';
import { DATABASE } from '../infrastructure/database.provider';
import { TEMPORAL_CLIENT } from '../infrastructure/temporal.provider';
import { ReferenceDataService } from '../reference/reference-data.service';
import { EvidenceService } from '../evidence/evidence.service';

// Hazard ids derived from a caller's idempotency key live in this namespace.
const HAZARD_ID_NAMESPACE = '0d9c5c3e-6b1f-4b8e-9a57-3f5cf1f0a6d2';

export type CommandOptions = StreamCommandOptions;


/**
 * Turns authorised GraphQL calls into commands on the hazard's workflow. It decides nothing
 * itself: validation and rules are the domain's, serialisation and durability Temporal's.
 */
@Injectable()
export class HazardCommandsService {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(DATABASE) private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    private readonly reference: ReferenceDataService,
    private readonly evidence: EvidenceService,
  ) {}

  async report(
    principal: Principal,
    input: Omit<ReportHazardData, 'hazardId' | 'code'> & { idempotencyKey?: string | null },
    request: RequestInfo,
  ): Promise<HazardState> {
    this.authorize(principal, 'ReportHazard');
    const key = normaliseKey(input.idempotencyKey);
    const hazardId = key ? uuidv5(`${principal.sub}\u0000${key}`, HAZARD_ID_NAMESPACE) : randomUUID();
    // A report happened when the hazard was found.
    const meta = commandMetadata(principal, request, key, { occurredAt: input.foundAt ?? null });
    const { idempotencyKey: _ignored, ...fields } = input;
    const data: ReportHazardData = { ...fields, hazardId, code: 'PENDING' };
    validateCommand({ type: 'ReportHazard', data }, meta);
    if (!scopeCovers(principal, data.regionCode, data.departmentCode)) {
      throw new DomainError('FORBIDDEN', `region ${data.regionCode} × department ${data.departmentCode} is outside your scope`);
    }
    await this.reference.assertKnown(data.regionCode, data.departmentCode);

    const existing = await findHazardState(this.db, hazardId);
    if (existing) return existing;

    data.policy = await this.policySnapshot(null, Date.parse(data.foundAt ?? meta.now));
    data.code = await allocateHazardCode(this.db, data.regionCode, shanghaiYear(data.foundAt ?? meta.now));
    const request_: CommandRequest = { command: { type: 'ReportHazard', data }, meta };
    const workflowId = hazardWorkflowId(hazardId);
    const start = new WithStartWorkflowOperation<HazardWorkflow>('hazardWorkflow', {
      workflowId,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [{ hazardId, maxUpdatesPerRun: this.config.HAZARD_MAX_UPDATES_PER_RUN, ...(this.config.HAZARD_LOCAL_APPEND ? { localAppend: true } : {}) }],
      workflowIdConflictPolicy: 'USE_EXISTING',
      // A hazard that was closed is never reopened; only a start whose report was refused may be retried.
      workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
    });
    try {
      const result = await this.withDeadline(() =>
        this.temporal.workflow.executeUpdateWithStart(executeCommandUpdate, {
          args: [request_],
          updateId: meta.commandId,
          startWorkflowOperation: start,
        }),
      );
      return result.state;
    } catch (err) {
      const again = await findHazardState(this.db, hazardId);
      if (again && isAlreadyStarted(err)) return again;
      throw this.translate(err);
    }
  }

  async execute(principal: Principal, hazardId: string, command: HazardCommand, options: CommandOptions, request: RequestInfo): Promise<HazardState> {
    this.authorize(principal, command.type);
    const current = await this.findInScope(principal, hazardId);
    const key = normaliseKey(options.idempotencyKey);
    const meta = commandMetadata(principal, request, key, options);
    validateCommand(command, meta);
    const payload: CommandRequest = { command: await this.enrich(principal, command, current, meta), meta };
    try {
      const result = await this.withDeadline(() =>
        this.temporal.workflow
          .getHandle(hazardWorkflowId(current.id))
          .executeUpdate(executeCommandUpdate, { args: [payload], updateId: meta.commandId }),
      );
      return result.state;
    } catch (err) {
      if (isWorkflowClosed(err)) {
        // The hazard's workflow has ended. A retry of the command that closed it is answered
        // from the record; anything else is refused, because a closed hazard never reopens.
        const latest = (await findHazardState(this.db, current.id)) ?? current;
        if (await streamHasCommand(this.db, hazardStreamId(current.id), meta.commandId)) return latest;
        throw new DomainError('INVALID_TRANSITION', `hazard ${latest.code} is ${latest.status} and closed; it accepts no ${command.type}`);
      }
      throw this.translate(err);
    }
  }

  /** Adds what only the server may supply: the policy in force, the enterprise's penalty record; checks a transfer's destination. */
  private async enrich(principal: Principal, command: HazardCommand, current: HazardState, meta: CommandMetadata): Promise<HazardCommand> {
    switch (command.type) {
      case 'ListHazard':
        return { ...command, data: { ...command.data, policy: await this.policySnapshot(command.data.policyId ?? null, Date.parse(meta.now), Date.parse(command.data.deadline)) } };
      case 'SubmitRectification':
      case 'RectifyOnSpot':
      case 'RecordStandbyCheck':
        // evidence is what the server received and hashed (README "Evidence files")
        await this.evidence.assertReceived(command.data.evidenceHashes);
        return command;
      case 'RecordEnforcement':
        return { ...command, data: { ...command.data, enterprisePenalties: await enterprisePenalties(this.db, current, Date.parse(meta.now)) } };
      case 'TransferHazard': {
        // the destination exists, and the caller acts there too: a transfer out of one's scope is the office's or the city's
        const regionCode = command.data.regionCode ?? current.regionCode;
        const departmentCode = command.data.departmentCode ?? current.departmentCode;
        await this.reference.assertKnown(regionCode, departmentCode);
        if (!scopeCovers(principal, regionCode, departmentCode)) {
          throw new DomainError('FORBIDDEN', `you act in ${principal.regions.join(', ')} × ${principal.departments.join(', ')}: a transfer to ${regionCode}/${departmentCode} is made by someone who acts in both`);
        }
        return command;
      }
      default:
        return command;
    }
  }

  private async policySnapshot(policyId: string | null, fromMs: number, untilMs?: number): Promise<PolicySnapshot> {
    const snapshot = await resolvePolicySnapshot(this.db, policyId ?? DEFAULT_POLICY_ID, fromMs, untilMs);
    if (!snapshot) {
      if (policyId) throw new DomainError('BAD_USER_INPUT', `policyId: no escalation policy ${policyId}`, 'policyId');
      throw new Error(`the default escalation policy is missing from the database`);
    }
    return snapshot;
  }

  private async findInScope(principal: Principal, hazardId: string): Promise<HazardState> {
    const state = await findHazardState(this.db, hazardId);
    if (!state || !mayReadHazard(principal.roles, principal, state) || !scopeCoversHazard(principal.roles, principal, state)) {
      throw new DomainError('NOT_FOUND', `no hazard ${hazardId} that you may see`);
    }
    return state;
  }

  private authorize(principal: Principal, type: HazardCommand['type']): void {
    if (!mayExecute(principal.roles, type)) {
      throw new DomainError('FORBIDDEN', `your roles (${principal.roles.join(', ')}) do not allow ${type}`);
    }
  }

  private async withDeadline<T>(fn: () => Promise<T>): Promise<T> {
    return this.temporal.withDeadline(Date.now() + this.config.COMMAND_TIMEOUT_MS, fn);
  }

  private translate(err: unknown): Error {
    return translateUpdateError(err, 'no such hazard');
  }
}

function normaliseKey(key: string | null | undefined): string | null {
  if (key === undefined || key === null) return null;
  return requiredText('idempotencyKey', key, { max: 128 });
}

function shanghaiYear(iso: string): number {
  return new Date(Date.parse(iso) + 8 * 3_600_000).getUTCFullYear();
}
