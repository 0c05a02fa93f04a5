import { Injectable } from '@nestjs/common';
import { DomainError, WILDCARD, mayPerform } from '@hazard/domain';
import { FIELD_COLUMNS, type RowError, parseHazardList, readGrid, rowInputs } from '@hazard/reports';
import type { Principal, RequestInfo } from '../auth/principal';
import { HazardCommandsService } from '../hazards/hazard-commands.service';
import { ReferenceDataService } from '../reference/reference-data.service';

export interface ImportResult {
  rows: number;
  imported: number;
  alreadyPresent: number;
  listed: number;
  errors: RowError[];
  /** The file's header row and its rows as read, each with what became of it (the console shows the errors beside them). */
  header: string[];
  lines: ImportLine[];
}

export interface ImportLine {
  rowNumber: number;
  cells: string[];
  outcome: 'IMPORTED' | 'ALREADY_PRESENT' | 'REFUSED';
  hazardId: string | null;
  hazardCode: string | null;
}

/**
 * Takes in a department's existing hazard list (attachment-1 layout, XLSX or CSV): each good row
 * is reported (and listed where it says so) through the same commands as any client, with an
 * idempotency key derived from the row, so importing a file twice creates nothing new.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly commands: HazardCommandsService,
    private readonly reference: ReferenceDataService,
  ) {}

  async import(principal: Principal, departmentCode: string, data: Buffer, fileName: string, request: RequestInfo): Promise<ImportResult> {
    if (!mayPerform(principal.roles, 'importHazards')) throw new DomainError('FORBIDDEN', `your roles (${principal.roles.join(', ')}) do not allow importing hazards`);
    if (!principal.departments.includes(WILDCARD) && !principal.departments.includes(departmentCode)) {
      throw new DomainError('FORBIDDEN', `department ${departmentCode} is outside your scope`);
    }
    if (!(await this.reference.departments()).some((d) => d.code === departmentCode)) throw new DomainError('BAD_USER_INPUT', `unknown department ${departmentCode}`, 'department');
    let grid: string[][];
    try {
      grid = await readGrid(data, fileName);
    } catch {
      throw new DomainError('BAD_USER_INPUT', 'the file is neither a readable XLSX workbook nor a CSV', 'file');
    }
    const parsed = parseHazardList(grid, await this.reference.regions());
    const started = Date.now();
    const result: ImportResult = { rows: parsed.total, imported: 0, alreadyPresent: 0, listed: 0, errors: [...parsed.errors], header: parsed.header, lines: [] };
    const done = new Map<number, Pick<ImportLine, 'outcome' | 'hazardId' | 'hazardCode'>>();
    for (const row of parsed.rows) {
      const inputs = rowInputs(departmentCode, row);
      try {
        const state = await this.commands.report(principal, inputs.report, request);
        const present = Date.parse(state.reportedAt) < started;
        if (present) result.alreadyPresent++;
        else result.imported++;
        done.set(row.rowNumber, { outcome: present ? 'ALREADY_PRESENT' : 'IMPORTED', hazardId: state.id, hazardCode: state.code });
        if (inputs.list && state.status === 'FOUND') {
          const { idempotencyKey, occurredAt, ...data } = inputs.list;
          await this.commands.execute(principal, state.id, { type: 'ListHazard', data }, { idempotencyKey, occurredAt }, request);
          result.listed++;
        }
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        result.errors.push({ rowNumber: row.rowNumber, column: (err.field && FIELD_COLUMNS[err.field]) || err.field || '—', reason: err.message });
      }
    }
    result.errors.sort((a, b) => a.rowNumber - b.rowNumber);
    // a row reported whose listing was refused keeps its hazard, and its error is shown beside it too
    result.lines = parsed.lines.map(({ rowNumber, cells }) => ({ rowNumber, cells, ...(done.get(rowNumber) ?? { outcome: 'REFUSED', hazardId: null, hazardCode: null }) }));
    return result;
  }
}
