import { Inject, Injectable } from '@nestjs/common';
import { badInput } from '@hazard/domain';
import type { Db } from '@hazard/event-store';
import { type Department, type Region, listDepartments, listRegions } from '@hazard/administration';
import { DATABASE } from '../infrastructure/database.provider';

const TTL_MS = 30_000;

/** Regions and departments are data (another city edits them); read often, so cached briefly. */
@Injectable()
export class ReferenceDataService {
  private cache: { at: number; regions: Region[]; departments: Department[] } | null = null;

  constructor(@Inject(DATABASE) private readonly db: Db) {}

  async regions(): Promise<Region[]> {
    return (await this.load()).regions;
  }

  async departments(): Promise<Department[]> {
    return (await this.load()).departments;
  }

  async assertKnown(regionCode: string, departmentCode: string): Promise<void> {
    const { regions, departments } = await this.load();
    if (!regions.some((r) => r.code === regionCode)) {
      throw badInput('regionCode', `unknown region ${regionCode}; known: ${regions.map((r) => r.code).join(', ')}`);
    }
    if (!departments.some((d) => d.code === departmentCode)) {
      throw badInput('departmentCode', `unknown department ${departmentCode}; known: ${departments.map((d) => d.code).join(', ')}`);
    }
  }

  /** Forgets the cached lists: the reporting units just changed (README, Reporting units). Other gateways see it within TTL_MS. */
  invalidate(): void {
    this.cache = null;
  }

  private async load() {
    if (!this.cache || Date.now() - this.cache.at > TTL_MS) {
      const [regions, departments] = await Promise.all([listRegions(this.db), listDepartments(this.db)]);
      this.cache = { at: Date.now(), regions, departments };
    }
    return this.cache;
  }
}
