import { Injectable } from '@nestjs/common';
import type { DutyLogCommand, DutyLogEntry } from '@hazard/domain';
import { DUTY_LOG } from '@hazard/read-models';
import type { Principal, RequestInfo } from '../auth/principal';
import type { StreamCommandOptions } from '../common/direct-stream';
import { DutyRecordsService } from './duty-records.service';

/** The duty log (值班记录): each call or message received, and whom the desk notified. */
@Injectable()
export class DutyLogService {
  constructor(private readonly records: DutyRecordsService) {}

  execute(principal: Principal, request: RequestInfo, entryId: string, command: DutyLogCommand, options: StreamCommandOptions) {
    return this.records.execute(DUTY_LOG, principal, request, entryId, command, options);
  }

  /** The duty log in scope, newest first; with `since`, what was received since. */
  list(principal: Principal, since: Date | null): Promise<DutyLogEntry[]> {
    return this.records.list(principal, { kinds: ['LOG'], since });
  }
}
