import { Inject, Injectable } from '@nestjs/common';
import { code, optionalText, requiredText } from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import { type PolicyVersion, findPolicy, listPolicies, savePolicyVersion } from '@hazard/administration';
import { authorize } from '../auth/authorize';
import type { Principal } from '../auth/principal';
import { DATABASE } from '../infrastructure/database.provider';
import type { SaveEscalationPolicyInput } from './dto/policy.input';

/** Escalation policies: numbered versions the committee office saves; a hazard keeps the version it was listed under. */
@Injectable()
export class PoliciesService {
  constructor(@Inject(DATABASE) private readonly db: Db) {}

  /** The latest version of each policy, or every version of one (newest first). */
  list(principal: Principal, id?: string): Promise<PolicyVersion[]> {
    authorize(principal, 'readPolicies');
    return listPolicies(this.db, id);
  }

  find(principal: Principal, id: string, version?: number | null): Promise<PolicyVersion | null> {
    authorize(principal, 'readPolicies');
    return findPolicy(this.db, id, version ?? undefined);
  }

  /** Saves a new version; hazards already listed keep the version they were listed under. */
  save(principal: Principal, input: SaveEscalationPolicyInput): Promise<PolicyVersion> {
    authorize(principal, 'managePolicies');
    return savePolicyVersion(this.db, {
      id: code('id', input.id),
      name: requiredText('name', input.name, { max: 100 }),
      rules: { ...input.rules, ladder: input.rules.ladder.map(({ requires, actWithin, ...s }) => ({ ...s, ...(requires ? { requires, actWithin } : {}) })) },
      createdBy: principal.sub,
      note: optionalText('note', input.note, { max: 500 }),
    });
  }
}
