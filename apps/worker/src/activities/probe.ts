import type { ProbeActivities } from '@hazard/contracts';
import type { Db } from '@hazard/event-store';

export function probeActivities({ db }: { db: Db }): ProbeActivities {
  return {
    /** Answers at once: proves that a worker polls and Postgres answers (the fault harness's probe). */
    async probe(): Promise<string> {
      await db.selectFrom('streams').select('stream_id').limit(1).execute();
      return 'ok';
    },
  };
}
