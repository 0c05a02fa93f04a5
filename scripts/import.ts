import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { signDevelopmentToken, loadConfig } from '@hazard/config';
import { FIELD_COLUMNS, type RowError, parseHazardList, readGrid, rowInputs } from '@hazard/reports';
import { progressBar } from './cli/progress';

const USAGE = `usage: npm run import -- <file.xlsx|file.csv> --department CODE [--url http://localhost:3000/graphql] [--token JWT]
Takes in a hazard list in the attachment-1 layout (附件1 未完成整改隐患清单): each row is reported, and listed where it
says so, through the GraphQL API. Re-importing the same file creates nothing new. Bad rows are named (row, column, why)
and skipped; good rows are kept. The token comes from --token or IMPORT_TOKEN (locally, a development token is made).
Exit code: 0 every row in, 1 some rows refused, 2 usage.`;

interface GraphQLAnswer {
  data?: Record<string, { hazard: { id: string; status: string; reportedAt: string } }> | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { department: { type: 'string' }, url: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length !== 1 || !values.department) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const url = values.url ?? `http://localhost:${config.PORT}/graphql`;
  const token =
    values.token ??
    process.env.IMPORT_TOKEN ??
    (config.NODE_ENV === 'production'
      ? null
      : await signDevelopmentToken(config.JWT_SECRET, { sub: 'import-cli', name: '导入工具', roles: ['COMMITTEE_OFFICE'], regions: '*', departments: '*' }));
  if (!token) throw new Error('set IMPORT_TOKEN (or --token) to a token of someone allowed to report in this department');

  const call = async (query: string, variables: Record<string, unknown>): Promise<GraphQLAnswer> => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as GraphQLAnswer;
  };
  const reference = await call('{ regions { code name } }', {});
  if (reference.errors) throw new Error(`the gateway at ${url} refused: ${reference.errors[0].message}`);
  const regions = (reference.data as unknown as { regions: { code: string; name: string }[] }).regions;

  const file = positionals[0];
  const parsed = parseHazardList(await readGrid(readFileSync(file), basename(file)), regions);
  const errors: RowError[] = [...parsed.errors];
  let imported = 0;
  let alreadyPresent = 0;
  let listed = 0;
  const started = Date.now();
  const bar = progressBar('importing');
  bar.update(0, parsed.rows.length);
  for (const [i, row] of parsed.rows.entries()) {
    const inputs = rowInputs(values.department, row);
    const reported = await call('mutation($input: ReportHazardInput!) { reportHazard(input: $input) { hazard { id status reportedAt } } }', { input: inputs.report });
    const refused = reported.errors?.[0];
    if (refused) {
      errors.push({ rowNumber: row.rowNumber, column: FIELD_COLUMNS[refused.extensions?.field ?? ''] ?? refused.extensions?.field ?? '—', reason: refused.message });
    } else {
      const hazard = reported.data!.reportHazard.hazard;
      if (Date.parse(hazard.reportedAt) < started) alreadyPresent++;
      else imported++;
      if (inputs.list && hazard.status === 'FOUND') {
        const list = await call('mutation($input: ListHazardInput!) { listHazard(input: $input) { hazard { id status reportedAt } } }', { input: { hazardId: hazard.id, ...inputs.list } });
        if (list.errors?.[0]) errors.push({ rowNumber: row.rowNumber, column: '挂牌级别/文号', reason: `reported, but not listed: ${list.errors[0].message}` });
        else listed++;
      }
    }
    bar.update(i + 1, parsed.rows.length);
  }
  bar.stop();
  errors.sort((a, b) => a.rowNumber - b.rowNumber);
  for (const e of errors) console.log(`row ${e.rowNumber}, ${e.column}: ${e.reason}`);
  console.log(`${parsed.total} rows: ${imported} imported, ${alreadyPresent} already present, ${listed} listed, ${new Set(errors.map((e) => e.rowNumber)).size} refused`);
  return errors.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(String(err?.message ?? err));
    process.exit(1);
  },
);
