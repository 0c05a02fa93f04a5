import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  type StreamVerification,
  allHazardIds,
  checkpointContext,
  createCheckpoint,
  exportBundle,
  findCheckpoint,
  loadSigningKey,
  loadTrustedPublicKey,
  verifyBundle,
  verifyHazardRecord,
} from '@hazard/audit';
import { loadConfig, requireSetting } from '@hazard/config';
import { withDevelopmentDefaults } from '@hazard/devstack';
import { createDatabase } from '@hazard/event-store';
import { progressBar } from './cli/progress';

const USAGE = `usage: npm run audit -- <command>
  verify --all                    verify every hazard: chain, stream head, read model, last signed checkpoint
  verify <hazardId> [...]         verify the named hazards
  checkpoint                      sign a checkpoint now (needs the signing key)
  export <hazardId> <file>        write a self-contained bundle (events, checkpoint, proof, public key)
  verify-bundle <file> [--public-key <pem file>]
                                  check a bundle offline: no database, no server
Settings: DATABASE_URL, AUDIT_SIGNING_KEY_FILE / AUDIT_PUBLIC_KEY_FILE (default: what npm start uses under .data/).
Exit code: 0 all good, 1 something does not verify, 2 usage.`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { all: { type: 'boolean' }, json: { type: 'boolean' }, 'public-key': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...args] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }

  if (command === 'verify-bundle') {
    if (args.length !== 1) return usage();
    const trusted = values['public-key'] ? readFileSync(values['public-key'], 'utf8') : undefined;
    const result = verifyBundle(JSON.parse(readFileSync(args[0], 'utf8')), trusted);
    for (const reason of result.reasons) console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${reason}`);
    if (result.keyFingerprint) console.log(`signing key ${result.keyFingerprint}${trusted ? ' (the key you gave)' : ' (carried in the bundle: compare it with the fingerprint the office publishes)'}`);
    if (result.state) console.log(`state at version ${result.eventCount}: ${result.state.code} ${result.state.status}, deadline ${result.state.deadline ?? '—'}`);
    return result.ok ? 0 : 1;
  }

  const settings = withDevelopmentDefaults();
  const config = loadConfig(settings);
  const db = createDatabase({ connectionString: requireSetting(config.DATABASE_URL, 'DATABASE_URL'), poolSize: 4, statementTimeoutMs: 120_000 });
  try {
    switch (command) {
      case 'checkpoint': {
        const key = loadSigningKey(config);
        if (!key) throw new Error('no signing key: set AUDIT_SIGNING_KEY_FILE');
        const checkpoint = await createCheckpoint(db, key);
        console.log(`checkpoint ${checkpoint.id} at ${checkpoint.createdAt}: ${checkpoint.streamCount} streams, root ${checkpoint.root}, key ${key.fingerprint}`);
        return 0;
      }
      case 'export': {
        if (args.length !== 2) return usage();
        const bundle = await exportBundle(db, args[0], loadTrustedPublicKey(config));
        writeFileSync(args[1], JSON.stringify(bundle, null, 2));
        console.log(`wrote ${args[1]}: ${bundle.events.length} events${bundle.checkpoint ? `, checkpoint ${bundle.checkpoint.id} with its inclusion proof` : ', no checkpoint covers it yet'}`);
        return 0;
      }
      case 'verify': {
        if (!values.all && args.length === 0) return usage();
        const context = await checkpointContext(db, await findCheckpoint(db), loadTrustedPublicKey(config));
        if (context) console.error(`${context.ok ? 'checkpoint' : 'CHECKPOINT FAILS:'} ${context.reason}`);
        else console.error('no signed checkpoint yet: chains, heads and read models only');
        const ids = values.all ? await allHazardIds(db, context) : args;
        const bar = progressBar('verifying');
        const failures: StreamVerification[] = [];
        for (const [i, id] of ids.entries()) {
          const result = await verifyHazardRecord(db, id, context);
          if (!result.ok) failures.push(result);
          bar.update(i + 1, ids.length);
        }
        bar.stop();
        if (values.json) console.log(JSON.stringify({ verified: ids.length, failures: failures.map(({ folded: _f, ...f }) => f) }, null, 2));
        else {
          for (const f of failures) {
            console.log(`FAIL hazard ${f.hazardId}${f.folded ? ` (${f.folded.code})` : ''}${f.firstBadVersion ? `, first bad version ${f.firstBadVersion}` : ''}: ${f.reasons.join('; ')}`);
          }
          console.log(`${ids.length - failures.length} of ${ids.length} hazards verify${failures.length ? `; ${failures.length} do NOT` : ''}`);
        }
        return failures.length || (context && !context.ok) ? 1 : 0;
      }
      default:
        return usage();
    }
  } finally {
    await db.destroy();
  }
}

function usage(): number {
  console.error(USAGE);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(String(err?.message ?? err));
    process.exit(1);
  },
);
