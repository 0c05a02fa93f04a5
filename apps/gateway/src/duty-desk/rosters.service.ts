import { Inject, Injectable } from '@nestjs/common';
import { type DutyRole, type RosterCommand, type RosterState, validateDutyRoleRules } from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import { ROSTER } from '@hazard/read-models';
import { type SavedDutyRoleRules, loadDutyRoleRules, saveDutyRoleRules } from '@hazard/administration';
import { authorize } from '../auth/authorize';
import type { Principal, RequestInfo } from '../auth/principal';
import type { StreamCommandOptions } from '../common/direct-stream';
import { DATABASE } from '../infrastructure/database.provider';
import { DutyRecordsService } from './duty-records.service';

/** Rosters (值班表): shifts, swaps, presence and handovers; and the roles every shift of a level must fill. */
@Injectable()
export class RostersService {
  constructor(
    @Inject(DATABASE) private readonly db: Db,
    private readonly records: DutyRecordsService,
  ) {}

  execute(principal: Principal, request: RequestInfo, id: string, command: RosterCommand, options: StreamCommandOptions) {
    return this.records.execute(ROSTER, principal, request, id, command, options, (c) => this.withRoleRules(c));
  }

  /** Rosters in scope; with `at`, those covering that moment. */
  list(principal: Principal, at: Date | null): Promise<RosterState[]> {
    return this.records.list(principal, { kinds: ['ROSTER'], at });
  }

  /** The roles per level in force, or a given version. */
  roleRules(principal: Principal, version: number | null): Promise<SavedDutyRoleRules | null> {
    authorize(principal, 'readPolicies');
    return loadDutyRoleRules(this.db, version);
  }

  /** Saves a new version of the roles per level; rosters published from now on use it. */
  saveRoleRules(principal: Principal, rules: { source: string; city: DutyRole[]; district: DutyRole[] }): Promise<SavedDutyRoleRules> {
    authorize(principal, 'managePolicies');
    const checked = validateDutyRoleRules({ source: rules.source, byLevel: { CITY: rules.city, DISTRICT: rules.district } });
    return saveDutyRoleRules(this.db, checked, principal.sub);
  }

  /** The roles per level in force decide what a shift must fill; their version is recorded with the roster. */
  private async withRoleRules(command: RosterCommand): Promise<RosterCommand> {
    if (command.type !== 'PublishRoster') return command;
    const { savedAt: _at, savedBy: _by, ...roleRules } = (await loadDutyRoleRules(this.db)) as SavedDutyRoleRules;
    return { ...command, data: { ...command.data, roleRules } };
  }
}
