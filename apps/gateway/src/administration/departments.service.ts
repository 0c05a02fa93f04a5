import { Inject, Injectable } from '@nestjs/common';
import { type DepartmentCommand, type DepartmentState, DomainError, badInput, departmentCode, mayRunCommand, requiredText } from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import { type Department, type DepartmentVersion, departmentHistory, listDepartments } from '@hazard/administration';
import { DEPARTMENT } from '@hazard/read-models';
import type { Principal, RequestInfo } from '../auth/principal';
import { DirectStreams, type StreamCommandOptions } from '../common/direct-stream';
import { DATABASE } from '../infrastructure/database.provider';
import { ReferenceDataService } from '../reference/reference-data.service';

/**
 * The reporting units (成员单位) as data (README, Reporting units): the committee office's commands on the stream
 * `department-<code>` through the command handler; the projection keeps `departments` and `department_versions`.
 */
@Injectable()
export class DepartmentsService {
  private readonly streams: DirectStreams;

  constructor(
    @Inject(DATABASE) private readonly db: Db,
    private readonly reference: ReferenceDataService,
  ) {
    this.streams = new DirectStreams(db);
  }

  /** Runs a command and answers with the version it made (for a repeated idempotency key, the unit as it stands). */
  async execute(principal: Principal, request: RequestInfo, command: DepartmentCommand, options: StreamCommandOptions): Promise<DepartmentVersion> {
    // Who may is checked before anything is read, so a caller without the right learns nothing about the units.
    if (!mayRunCommand(principal.roles, command.type)) {
      throw new DomainError('FORBIDDEN', `only the committee office keeps the reporting units; your roles (${principal.roles.join(', ') || 'none'}) do not allow ${command.type}`);
    }
    const code = departmentCode('code', command.data.code);
    const { state } = await this.streams.execute(DEPARTMENT, {
      principal,
      request,
      id: code,
      command,
      options,
      assertVisible: () => undefined,
      resolve: (current, c) => this.checkName(current, c),
    });
    this.reference.invalidate();
    const version = (await departmentHistory(this.db, code)).find((v) => v.version === state.version);
    if (!version) throw new Error(`department ${code} has no version ${state.version} after its command`);
    return version;
  }

  /** Every version of a unit, oldest first (reference data: everyone signed in reads it). */
  history(code: string): Promise<DepartmentVersion[]> {
    return departmentHistory(this.db, requiredText('code', code, { max: 32 }));
  }

  /** Two units now in use never share a name: the report and the console tell units apart by it. */
  private async checkName(current: DepartmentState | null, command: DepartmentCommand): Promise<DepartmentCommand> {
    if (command.type !== 'AddDepartment' && command.type !== 'RenameDepartment') return command;
    const name = typeof command.data.name === 'string' ? command.data.name.trim() : '';
    const other = (await listDepartments(this.db)).find((d: Department) => d.name === name && d.code !== (current?.code ?? command.data.code));
    if (other) throw badInput('name', `${name} is the name of ${other.code}`);
    return command;
  }
}
