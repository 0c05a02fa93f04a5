import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateBucketCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { verifyBundle } from '@hazard/audit';
import { adminQuery } from './support/database';
import { command, historyOf, inDays, mutate, sampleReport, samplePlan, uploadEvidence } from './support/hazard-api';
import { type RunningS3, startS3 } from './support/s3';
import { type TestStack, codeOf, startStack } from './support/stack';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', 'evidence', name));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const MAX = 64 * 1024;

/** Every file under the store's folder (README "Evidence files": `<dir>/ab/cd/<sha256>`). */
function storedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Evidence files through the real gateway, worker, Temporal and Postgres: received, hashed, stored, cited, shown, downloaded, bundled. */
describe('evidence files', () => {
  let stack: TestStack;
  let inspector: string;
  let supervisor: string;
  let elsewhere: string;
  let office: string;
  let auditor: string;
  const rows = async () => Number((await adminQuery('select count(*) as n from evidence_files', [], stack.database.name)).rows[0].n);

  beforeAll(async () => {
    stack = await startStack({ env: { EVIDENCE_MAX_BYTES: String(MAX) } });
    inspector = await stack.token({ sub: 'xlt-inspector', name: '兴隆台检查员', roles: ['INSPECTOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    supervisor = await stack.token({ sub: 'xlt-sup', name: '兴隆台督办甲', roles: ['SUPERVISOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    elsewhere = await stack.token({ sub: 'dw-sup', name: '大洼督办', roles: ['SUPERVISOR'], regions: ['211104'], departments: ['EMERGENCY'] });
    office = await stack.token({ sub: 'office', roles: ['COMMITTEE_OFFICE'] });
    auditor = await stack.token({ sub: 'auditor', roles: ['AUDITOR'] });
  });
  afterAll(() => stack?.close());

  it('refuses what it must not keep, with a code and a message, and keeps nothing', async () => {
    const refusals: [string, Promise<{ status: number; body: any }>, number][] = [
      ['no token', stack.upload(null, fixture('site-photo.jpg'), 'image/jpeg'), 401],
      ['an auditor', stack.upload(auditor, fixture('site-photo.jpg'), 'image/jpeg'), 403],
      ['an empty body', stack.upload(inspector, new Uint8Array(), 'image/jpeg'), 400],
      ['text calling itself a photo', stack.upload(inspector, Buffer.from('<script>alert(1)</script>'), 'image/jpeg', 'photo.jpg'), 415],
      ['a program', stack.upload(inspector, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'application/pdf', 'report.pdf'), 415],
      ['a file over the limit', stack.upload(inspector, Buffer.concat([fixture('site-photo.jpg'), Buffer.alloc(MAX)]), 'image/jpeg'), 413],
    ];
    for (const [what, answer, status] of refusals) {
      const { status: got, body } = await answer;
      expect([what, got]).toEqual([what, status]);
      expect(typeof body.code).toBe('string');
      expect(body.message.length).toBeGreaterThan(10);
    }
    expect(storedFiles(stack.evidenceDir)).toEqual([]);
    expect(await rows()).toBe(0);
  });

  it('hashes what it received, keeps it by that hash, reads when and where a photo was taken, and answers a second upload with the first record', async () => {
    const bytes = fixture('site-photo.jpg');
    const first = await stack.upload(inspector, bytes, 'application/octet-stream', '罐区/现场照片 1.jpg');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      sha256: sha256(bytes),
      size: bytes.length,
      mediaType: 'image/jpeg',
      fileName: '现场照片 1.jpg',
      takenAt: '2026-12-01T02:30:00.000Z',
      uploadedBy: 'xlt-inspector',
    });
    expect(first.body.latitude).toBeCloseTo(41.1245, 3);
    expect(first.body.longitude).toBeCloseTo(122.0707, 3);
    const path = join(stack.evidenceDir, first.body.sha256.slice(0, 2), first.body.sha256.slice(2, 4), first.body.sha256);
    expect(sha256(readFileSync(path))).toBe(first.body.sha256);
    const again = await stack.upload(supervisor, bytes, 'image/jpeg');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const pdf = await stack.upload(inspector, fixture('minimal.pdf'), 'application/pdf', '整改报告.pdf');
    expect(pdf.body).toMatchObject({ mediaType: 'application/pdf', takenAt: null, latitude: null });
  });

  it('lets a command cite only files it received; the event records the server’s hash, the hazard shows the files, those in scope download them', async () => {
    const { id } = await command(stack, inspector, 'reportHazard', sampleReport({ regionCode: '211103', level: 'GENERAL' }));
    await command(stack, supervisor, 'superviseHazard', { hazardId: id, plan: samplePlan, deadline: inDays(20) });
    const before = (await historyOf(stack, office, id)).length;
    const invented = await mutate(stack, inspector, 'submitRectification', { hazardId: id, summary: '已整改', evidenceHashes: ['c'.repeat(64)] });
    expect(codeOf(invented)).toBe('BAD_USER_INPUT');
    expect(invented.errors?.[0].extensions?.field).toBe('evidenceHashes[0]');
    expect((await historyOf(stack, office, id)).length).toBe(before);

    const photo = (await stack.upload(inspector, fixture('plain.png'), 'image/png', '整改后.png')).body.sha256 as string;
    const site = sha256(fixture('site-photo.jpg'));
    // the uploader sees its file before any record cites it; others do not
    const url = (sha: string) => stack.url.replace(/\/graphql$/, `/evidence/${sha}`);
    const get = (token: string | null, sha: string) => fetch(url(sha), { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await get(inspector, photo)).status).toBe(200);
    expect((await get(supervisor, photo)).status).toBe(404);

    await command(stack, inspector, 'submitRectification', { hazardId: id, summary: '已整改，附照片', evidenceHashes: [photo, site] });
    const history = await historyOf(stack, office, id);
    expect(history.at(-1)).toMatchObject({ type: 'RectificationSubmitted', data: { evidenceHashes: [photo, site] } });
    const shown = await stack.gql(supervisor, 'query($id: ID!) { hazard(id: $id) { evidence { sha256 mediaType fileName takenAt latitude longitude url uploadedByName } } }', { id });
    expect(shown.data.hazard.evidence).toEqual([
      expect.objectContaining({ sha256: photo, mediaType: 'image/png', fileName: '整改后.png', takenAt: null, url: `/evidence/${photo}` }),
      expect.objectContaining({ sha256: site, mediaType: 'image/jpeg', takenAt: '2026-12-01T02:30:00.000Z', uploadedByName: '兴隆台检查员' }),
    ]);

    const downloaded = await get(supervisor, site);
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('content-type')).toBe('image/jpeg');
    expect(downloaded.headers.get('x-content-sha256')).toBe(site);
    expect(sha256(Buffer.from(await downloaded.arrayBuffer()))).toBe(site);
    expect((await get(elsewhere, site)).status).toBe(404);
    expect((await get(auditor, site)).status).toBe(200);
    expect((await get(null, site)).status).toBe(401);
    expect((await get(supervisor, 'not-a-digest')).status).toBe(404);
  });

  it('records photos with a standby check, and bundles the files for offline verification, which one changed byte fails', async () => {
    const { id } = await command(stack, inspector, 'reportHazard', sampleReport({ regionCode: '211103', title: '停产盯守：反应釜泄漏' }));
    await command(stack, supervisor, 'suspendOperations', { hazardId: id, scope: 'FULL', reason: '无法保证安全', monitors: [{ name: '张盯守' }], checkInterval: 'PT24H' });
    const photo = await uploadEvidence(stack, inspector);
    await command(stack, inspector, 'recordStandbyCheck', { hazardId: id, monitor: '张盯守', productionObserved: false, evidenceHashes: [photo] });
    const document = sha256(fixture('minimal.pdf'));
    await command(stack, inspector, 'submitRectification', { hazardId: id, summary: '已整改', evidenceHashes: [document] });
    expect((await historyOf(stack, office, id)).find((e) => e.type === 'StandbyCheckRecorded')?.data.evidenceHashes).toEqual([photo]);

    const exported = await stack.gql(auditor, 'query($id: ID!) { hazardAuditBundle(id: $id, includeEvidence: true) }', { id });
    const bundle = exported.data.hazardAuditBundle;
    expect(bundle.evidence.map((f: { sha256: string }) => f.sha256)).toEqual([photo, document]);
    const verified = verifyBundle(JSON.parse(JSON.stringify(bundle)));
    expect(verified.ok).toBe(true);
    expect(verified.evidenceVerified).toBe(2);

    const tampered = JSON.parse(JSON.stringify(bundle));
    const bytes = Buffer.from(tampered.evidence[1].base64, 'base64');
    bytes[bytes.length - 2] ^= 1;
    tampered.evidence[1].base64 = bytes.toString('base64');
    const refused = verifyBundle(tampered);
    expect(refused.ok).toBe(false);
    expect(refused.reasons.join(' ')).toMatch(/do not match its digest/);

    // and the file in the store changed behind the server's back is never served as the evidence
    const path = join(stack.evidenceDir, document.slice(0, 2), document.slice(2, 4), document);
    writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from(' ')]));
    const res = await fetch(stack.url.replace(/\/graphql$/, `/evidence/${document}`), { headers: { authorization: `Bearer ${office}` } });
    expect(res.status).toBe(500);
  });

  it('records the evidence of a site verification of a major hazard source', async () => {
    const sourceId = 'evidence-source-1';
    const source = await stack.gql(office, 'mutation($input: RegisterMajorHazardSourceInput!) { registerMajorHazardSource(input: $input) { id } }', {
      input: { sourceId, name: '液氯储罐区', enterpriseName: '盘锦某化工有限公司', unitKind: 'STORAGE', location: '厂区东侧', regionCode: '211103', departmentCode: 'EMERGENCY' },
    });
    expect(source.errors).toBeUndefined();
    const photo = await uploadEvidence(stack, inspector);
    const invented = await stack.gql(inspector, 'mutation($input: VerifySourceOnSiteInput!) { verifySourceOnSite(input: $input) { source { id } } }', {
      input: { sourceId, verifiers: [{ name: '刘核查' }, { name: '陈核查' }], result: 'CONSISTENT', evidenceHashes: ['d'.repeat(64)] },
    });
    expect(codeOf(invented)).toBe('BAD_USER_INPUT');
    const ok = await stack.gql(inspector, 'mutation($input: VerifySourceOnSiteInput!) { verifySourceOnSite(input: $input) { source { siteVerification { evidenceHashes } } } }', {
      input: { sourceId, verifiers: [{ name: '刘核查' }, { name: '陈核查' }], result: 'CONSISTENT', evidenceHashes: [photo] },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.verifySourceOnSite.source.siteVerification.evidenceHashes).toEqual([photo]);
    const other = await stack.token({ sub: 'xlt-sup-3', roles: ['SUPERVISOR'], regions: ['211103'], departments: ['EMERGENCY'] });
    expect((await fetch(stack.url.replace(/\/graphql$/, `/evidence/${photo}`), { headers: { authorization: `Bearer ${other}` } })).status).toBe(200);
  });
});

/** The `s3` store against an S3-compatible server (moto's, from PyPI) instead of a folder. */
describe('evidence files in an S3-compatible bucket', () => {
  let s3: RunningS3;
  let stack: TestStack;
  beforeAll(async () => {
    s3 = await startS3();
    const client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    await client.send(new CreateBucketCommand({ Bucket: 'hazard-evidence' }));
    client.destroy();
    stack = await startStack({ env: { EVIDENCE_STORE: 's3', S3_ENDPOINT: s3.endpoint, S3_BUCKET: 'hazard-evidence', S3_ACCESS_KEY_ID: 'test', S3_SECRET_ACCESS_KEY: 'test' } });
  }, 180_000);
  afterAll(async () => {
    await stack?.close();
    await s3?.stop();
  });

  it('keeps the file in the bucket under its digest and serves it back', async () => {
    const token = await stack.token({ sub: 'insp', roles: ['INSPECTOR'] });
    const bytes = fixture('site-photo.jpg');
    const up = await stack.upload(token, bytes, 'image/jpeg', 'photo.jpg');
    expect(up.status).toBe(201);
    const digest = sha256(bytes);
    const client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    const object = await client.send(new GetObjectCommand({ Bucket: 'hazard-evidence', Key: `evidence/${digest.slice(0, 2)}/${digest}` }));
    expect(object.ContentType).toBe('image/jpeg');
    expect(sha256(await object.Body!.transformToByteArray())).toBe(digest);
    client.destroy();
    expect(storedFiles(stack.evidenceDir)).toEqual([]);
    const back = await fetch(stack.url.replace(/\/graphql$/, `/evidence/${digest}`), { headers: { authorization: `Bearer ${token}` } });
    expect(sha256(Buffer.from(await back.arrayBuffer()))).toBe(digest);
  });
});
