import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  CITY_WIDE,
  RED_FILL,
  RED_FONT,
  type ReportScope,
  addDays,
  dayStart,
  fingerprint,
  generateDailyReport,
  reportScope,
  shanghaiDay,
} from '@hazard/reports';
import { type PlannedHazard, planCity, seedCity } from '@hazard/seed';
import { dailyReportWorkflowId } from '@hazard/contracts';
import { type TestStack, codeOf, startStack } from './support/stack';
import { waitFor } from './support/wait';

const DAY = 86_400_000;
const REGIONS = ['211102', '211103', '211104', '211122', 'PJ-LB', 'PJ-GX'];
const EMERGENCY_SECTORS = ['HAZARDOUS_CHEMICALS', 'NON_COAL_MINES', 'OTHER'];

/** Expected figures, computed from the seeding plan alone (not from the code under test). */
function expected(plan: PlannedHazard[], sectors: string[], cutoff: number) {
  const known = plan.filter((h) => sectors.includes(h.sector) && h.foundAt < cutoff);
  const rectified = known.filter((h) => h.rectifiedAt !== null && h.rectifiedAt < cutoff);
  const cancelled = known.filter((h) => h.cancelledAt !== null && h.cancelledAt < cutoff);
  const open = known.filter((h) => !rectified.includes(h) && !cancelled.includes(h));
  const deadlineKnown = (h: PlannedHazard) => h.listedAt !== null && h.listedAt < cutoff && h.deadline !== null;
  const overdue = open.filter((h) => deadlineKnown(h) && (h.deadline as number) < cutoff);
  const listed = known.filter((h) => h.listedAt !== null && h.listedAt < cutoff);
  const fines = known.flatMap((h) => h.fines.filter((f) => f.at < cutoff));
  return {
    open: new Set(open.map((h) => h.id)),
    rectified: new Set(rectified.map((h) => h.id)),
    total: {
      foundGeneral: known.filter((h) => h.level === 'GENERAL').length,
      foundMajor: known.filter((h) => h.level === 'MAJOR').length,
      bySelfInspection: known.filter((h) => h.source === 'ENTERPRISE_SELF_INSPECTION').length,
      byCovert: known.filter((h) => h.source === 'COVERT_INSPECTION').length,
      rectifiedGeneral: rectified.filter((h) => h.level === 'GENERAL').length,
      rectifiedMajor: rectified.filter((h) => h.level === 'MAJOR').length,
      openOverdue: overdue.length,
      openNotDue: open.length - overdue.length,
      listedCity: listed.filter((h) => h.listingLevel === 'CITY').length,
      listedClosed: listed.filter((h) => rectified.includes(h)).length,
      suspended: open.filter((h) => h.suspendedAt !== null && h.suspendedAt < cutoff).length,
      fines: fines.length,
      fineAmount: fines.reduce((s, f) => s + f.amount, 0),
      newToday: known.filter((h) => h.foundAt >= cutoff - DAY).length,
      closedToday: rectified.filter((h) => (h.rectifiedAt as number) >= cutoff - DAY).length,
      cumulative: known.length,
      rectificationRate: known.length - cancelled.length ? `${((rectified.length * 100) / (known.length - cancelled.length)).toFixed(1)}%` : '—',
    },
  };
}

const REPORT = `query($date: String!, $dept: String!) { dailyReport(date: $date, departmentCode: $dept) {
  status cutoff contentHash xlsxSha256 xlsxUrl previousReportDate late
  attachment1 { hazardId code sector overdue } attachment2 { hazardId code sector newlyRectified }
  attachment3 { total { foundGeneral foundMajor bySelfInspection byCovert rectifiedGeneral rectifiedMajor openOverdue openNotDue listedCity listedClosed suspended fines fineAmount newToday closedToday cumulative rectificationRate } byRegion { label cumulative } bySector { label } } } }`;

describe('the daily report the notice demands', () => {
  let stack: TestStack;
  let plan: PlannedHazard[];
  let supervisor: string;
  let office: string;
  const today = shanghaiDay(Date.now());
  const yesterday = addDays(today, -1);

  beforeAll(async () => {
    stack = await startStack();
    supervisor = await stack.token({ sub: 'emergency-supervisor', name: '应急局督办员', roles: ['SUPERVISOR'], departments: ['EMERGENCY'] });
    office = await stack.token({ sub: 'office', roles: ['COMMITTEE_OFFICE'] });
    const end = dayStart(today).getTime() - 60_000;
    plan = planCity({ count: 400, seed: 7, start: end - 12 * DAY, end, regions: REGIONS });
    await seedCity(stack.database.db, plan);
  });
  afterAll(() => stack?.close());

  const report = async (date: string, dept = 'EMERGENCY', token = supervisor) => {
    const res = await stack.gql(token, REPORT, { date, dept });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.dailyReport;
  };

  it('lists the unrectified and the rectified hazards of the department’s sectors, with statistics that add up', async () => {
    const r = await report(yesterday);
    const want = expected(plan, EMERGENCY_SECTORS, dayStart(yesterday).getTime());
    expect(r.status).toBe('NOT_STARTED');
    expect(new Set(r.attachment1.map((row: any) => row.hazardId))).toEqual(want.open);
    expect(new Set(r.attachment2.map((row: any) => row.hazardId))).toEqual(want.rectified);
    expect(r.attachment3.total).toEqual(want.total);
    expect(r.attachment1.every((row: any) => ['危化品', '非煤矿山', '其他'].includes(row.sector))).toBe(true);
    expect(r.attachment3.byRegion.reduce((s: number, row: any) => s + row.cumulative, 0)).toBe(want.total.cumulative);
    expect(r.attachment3.bySector).toEqual([]);
    expect(want.open.size).toBeGreaterThan(10);
    expect(want.total.openOverdue).toBeGreaterThan(0);
  });

  it('marks red exactly the hazards on the previous submitted report’s attachment 1 that are rectified now, in the XLSX too', async () => {
    const first = await stack.gql(supervisor, 'mutation($i: SubmitDailyReportInput!) { submitDailyReport(input: $i) { status contentHash } }', {
      i: { date: yesterday, departmentCode: 'EMERGENCY' },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data.submitDailyReport.status).toBe('SUBMITTED');

    const r = await report(today);
    const before = expected(plan, EMERGENCY_SECTORS, dayStart(yesterday).getTime());
    const now = expected(plan, EMERGENCY_SECTORS, dayStart(today).getTime());
    const red = new Set([...now.rectified].filter((id) => before.open.has(id)));
    expect(red.size).toBeGreaterThan(0);
    expect(r.previousReportDate).toBe(yesterday);
    expect(new Set(r.attachment2.filter((row: any) => row.newlyRectified).map((row: any) => row.hazardId))).toEqual(red);

    const res = await fetch(new URL(r.xlsxUrl, stack.url).toString(), { headers: { authorization: `Bearer ${supervisor}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['附件1', '附件2', '附件2-1', '附件3']);
    const sheet = workbook.getWorksheet('附件2') as ExcelJS.Worksheet;
    expect(sheet.getRow(3).getCell(1).value).toBe('序号');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const redCodes = new Set(r.attachment2.filter((row: any) => row.newlyRectified).map((row: any) => row.code));
    let redRows = 0;
    for (let n = 4; n <= sheet.rowCount; n++) {
      const row = sheet.getRow(n);
      const fill = row.getCell(1).fill as ExcelJS.FillPattern | undefined;
      const isRed = fill?.fgColor?.argb === RED_FILL && (row.getCell(2).font?.color?.argb ?? '') === RED_FONT;
      expect({ code: row.getCell(2).value, red: isRed }).toEqual({ code: row.getCell(2).value, red: redCodes.has(row.getCell(2).value) });
      if (isRed) redRows++;
    }
    expect(redRows).toBe(red.size);
  });

  it('regenerates a submitted report byte for byte from the events at its cutoff', async () => {
    const v = await stack.gql(supervisor, 'query($d: String!) { verifyDailyReport(date: $d, departmentCode: "EMERGENCY") { ok storedContentHash regeneratedContentHash storedXlsxSha256 regeneratedXlsxSha256 } }', { d: yesterday });
    expect(v.data.verifyDailyReport.ok).toBe(true);
    const submitted = await report(yesterday);
    const download = await fetch(new URL(submitted.xlsxUrl, stack.url).toString(), { headers: { authorization: `Bearer ${supervisor}` } });
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(submitted.xlsxSha256);
    // Submitting again changes nothing: a submitted report is frozen.
    const again = await stack.gql(supervisor, 'mutation($i: SubmitDailyReportInput!) { submitDailyReport(input: $i) { contentHash } }', {
      i: { date: yesterday, departmentCode: 'EMERGENCY' },
    });
    expect(again.data.submitDailyReport.contentHash).toBe(submitted.contentHash);
  });

  it('still downloads and verifies, byte for byte, a report recorded with renderer 1 before renderer 2 existed', async () => {
    // A receipt as the database held it before the streaming renderer: its workbook hash is renderer 1's.
    const day = addDays(today, -3);
    const scope = (await reportScope(stack.database.db, 'EMERGENCY')) as ReportScope;
    const content = await generateDailyReport(stack.database.db, scope, day);
    const old = await fingerprint(content, 1);
    const current = await fingerprint(content);
    expect(current.xlsxRenderer).toBe(2);
    expect(current.xlsxSha256).not.toBe(old.xlsxSha256);
    await stack.database.db
      .insertInto('daily_reports')
      .values({
        department_code: 'EMERGENCY',
        report_date: day,
        cutoff: dayStart(day),
        status: 'SUBMITTED',
        content: old.text,
        content_hash: old.contentHash,
        xlsx_sha256: old.xlsxSha256,
        xlsx_renderer: 1,
        drafted_at: new Date(),
        submitted_by: 'emergency-supervisor',
        submitted_by_name: '应急局督办员',
        submitted_at: new Date(),
      })
      .execute();

    const shown = await stack.gql(supervisor, 'query($d: String!) { dailyReport(date: $d, departmentCode: "EMERGENCY") { status xlsxSha256 xlsxRenderer xlsxUrl } }', { d: day });
    expect(shown.data.dailyReport).toMatchObject({ status: 'SUBMITTED', xlsxSha256: old.xlsxSha256, xlsxRenderer: 1 });
    const download = await fetch(new URL(shown.data.dailyReport.xlsxUrl, stack.url).toString(), { headers: { authorization: `Bearer ${supervisor}` } });
    expect(createHash('sha256').update(Buffer.from(await download.arrayBuffer())).digest('hex')).toBe(old.xlsxSha256);
    const verified = await stack.gql(supervisor, 'query($d: String!) { verifyDailyReport(date: $d, departmentCode: "EMERGENCY") { ok regeneratedXlsxSha256 xlsxRenderer } }', { d: day });
    expect(verified.data.verifyDailyReport).toEqual({ ok: true, regeneratedXlsxSha256: old.xlsxSha256, xlsxRenderer: 1 });
    // and its renderer is frozen with the rest of the submission
    await expect(stack.database.db.updateTable('daily_reports').set({ xlsx_renderer: 2 }).where('report_date', '=', day).execute()).rejects.toThrow('a submitted report is frozen');
  });

  it('escalates a department that has not submitted by the deadline, and shows the office who is missing', async () => {
    const handle = await stack.temporal.workflow.start('dailyReportWorkflow', {
      workflowId: dailyReportWorkflowId('FIRE', today),
      taskQueue: stack.taskQueue,
      args: [{ departmentCode: 'FIRE', date: today, dueAt: new Date(Date.now() + 1_500).toISOString(), lateFor: '3 seconds' }],
    });
    const submissions = await waitFor(
      async () => {
        const res = await stack.gql(office, 'query($d: String!) { reportSubmissions(date: $d) { departmentCode status escalatedAt submittedAt } }', { d: today });
        const fire = res.data.reportSubmissions.find((s: any) => s.departmentCode === 'FIRE');
        return fire?.escalatedAt ? res.data.reportSubmissions : undefined;
      },
      'the FIRE department to be escalated',
      20_000,
    );
    expect(submissions.find((s: any) => s.departmentCode === 'FIRE')).toMatchObject({ status: 'DRAFT', submittedAt: null });
    expect(submissions.map((s: any) => s.departmentCode)).toEqual(expect.arrayContaining(['EMERGENCY', 'HOUSING', 'FIRE']));
    await handle.result();
    expect(codeOf(await stack.gql(supervisor, 'query($d: String!) { reportSubmissions(date: $d) { status } }', { d: today }))).toBe('FORBIDDEN');
  });

  it('keeps each department to its own report, and gives the office the city with statistics by sector', async () => {
    expect(codeOf(await stack.gql(supervisor, REPORT, { date: yesterday, dept: 'HOUSING' }))).toBe('NOT_FOUND');
    // district staff of two districts name the district whose report they mean; the city unit's is not theirs
    const district = await stack.token({ sub: 'district', roles: ['SUPERVISOR'], regions: ['211102', '211103'], departments: ['EMERGENCY'] });
    expect(codeOf(await stack.gql(district, REPORT, { date: yesterday, dept: 'EMERGENCY' }))).toBe('FORBIDDEN');
    expect(codeOf(await stack.gql(supervisor, REPORT, { date: addDays(today, 1), dept: 'EMERGENCY' }))).toBe('BAD_USER_INPUT');
    const denied = await fetch(new URL(`/reports/daily/${yesterday}.xlsx?department=HOUSING`, stack.url).toString(), { headers: { authorization: `Bearer ${supervisor}` } });
    expect(denied.status).toBe(404);
    const anonymous = await fetch(new URL(`/reports/daily/${yesterday}.xlsx?department=EMERGENCY`, stack.url).toString());
    expect(anonymous.status).toBe(401);

    const city = await report(yesterday, CITY_WIDE, office);
    const all = expected(plan, plan.map((h) => h.sector), dayStart(yesterday).getTime());
    expect(city.attachment3.total.cumulative).toBe(all.total.cumulative);
    expect(city.attachment3.bySector.length).toBeGreaterThan(5);
  });

  it('produces a period report and CSV per attachment', async () => {
    const from = addDays(today, -8);
    const to = yesterday;
    const res = await stack.gql(office, 'query($f: String!, $t: String!) { periodReport(from: $f, to: $t, departmentCode: "EMERGENCY") { kind from to attachment3 { total { cumulative } } csvUrls } }', { f: from, t: to });
    expect(res.errors).toBeUndefined();
    const p = res.data.periodReport;
    const inPeriod = plan.filter((h) => EMERGENCY_SECTORS.includes(h.sector) && h.foundAt >= dayStart(from).getTime() && h.foundAt < dayStart(today).getTime());
    expect(p).toMatchObject({ kind: 'PERIOD', from, to });
    expect(p.attachment3.total.cumulative).toBe(inPeriod.length);
    const csv = await fetch(new URL(p.csvUrls[0], stack.url).toString(), { headers: { authorization: `Bearer ${office}` } });
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so Excel reads UTF-8
    expect(bytes.toString('utf8').split('\n')[0]).toContain('隐患编号');
  });

  it('gives two people downloading the city report at once the same workbook, with the hash it is sent under', async () => {
    const res = await stack.gql(office, 'query($d: String!) { dailyReport(date: $d, departmentCode: "ALL") { status xlsxUrl xlsxSha256 } }', { d: today });
    expect(res.errors).toBeUndefined();
    expect(res.data.dailyReport.status).toBe('NOT_STARTED');
    const url = new URL(res.data.dailyReport.xlsxUrl, stack.url).toString();
    const [a, b] = await Promise.all([fetch(url, { headers: { authorization: `Bearer ${office}` } }), fetch(url, { headers: { authorization: `Bearer ${office}` } })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const [bytesA, bytesB] = [Buffer.from(await a.arrayBuffer()), Buffer.from(await b.arrayBuffer())];
    const { createHash } = await import('node:crypto');
    const digest = createHash('sha256').update(bytesA).digest('hex');
    expect(bytesB.equals(bytesA)).toBe(true);
    expect(a.headers.get('x-content-sha256')).toBe(digest);
    expect(b.headers.get('x-content-sha256')).toBe(digest);
    // The same report asked for again later is the same workbook (built again, not remembered).
    expect(digest).toBe(res.data.dailyReport.xlsxSha256);
  });
});
