import { COMMAND_SPECS, newIdempotencyKey, validate } from './commands';

describe('command forms', () => {
  test('validate names each bad field and the kind of problem', () => {
    const fields = COMMAND_SPECS.SuperviseHazard.fields({ status: 'FOUND', deadline: null } as never);
    const errors = validate(fields, { responsibleUnit: ' ', responsiblePerson: '王工', measures: '更换', fundingAmount: '-5', contingencyPlan: '巡检', deadline: '2027-01-01' });
    expect(errors).toEqual({ responsibleUnit: 'required', fundingAmount: 'range', deadline: 'datetime' });
  });

  test('evidence is chosen as files, whose digests the server answers (they reach the input one per line); monitors need a name', () => {
    const submit = COMMAND_SPECS.SubmitRectification.fields({} as never);
    expect(submit.find((f) => f.name === 'evidenceHashes')?.kind).toBe('files');
    expect(validate(submit, { summary: '已整改' })).toEqual({});
    expect(COMMAND_SPECS.SubmitRectification.toInput({ summary: ' 已整改 ', evidenceHashes: `${'a'.repeat(64)}\n${'b'.repeat(64)}` })).toEqual({ summary: '已整改', evidenceHashes: ['a'.repeat(64), 'b'.repeat(64)] });
    const suspend = COMMAND_SPECS.SuspendOperations.fields({} as never);
    expect(validate(suspend, { scope: 'FULL', reason: '停产', monitors: '陈盯守,13800000001\n,13900000000', checkInterval: 'PT24H' })).toEqual({ monitors: 'monitors' });
  });

  test('inputs are built in the API’s shapes, times read as Beijing time', () => {
    expect(COMMAND_SPECS.ListHazard.toInput({ listingLevel: 'CITY', supervisingUnit: ' 市安委办 ', documentNumber: '', deadline: '2027-03-01T18:00' })).toEqual({
      listingLevel: 'CITY',
      supervisingUnit: '市安委办',
      documentNumber: null,
      deadline: '2027-03-01T10:00:00.000Z',
    });
    expect(COMMAND_SPECS.SuspendOperations.toInput({ scope: 'FULL', reason: '停产', checkInterval: 'PT24H', monitors: '陈盯守，13800000001\n周盯守\n企业盯守员,,ent-manager-1' }).monitors).toEqual([
      { name: '陈盯守', phone: '13800000001' },
      { name: '周盯守', phone: null },
      { name: '企业盯守员', phone: null, account: 'ent-manager-1' },
    ]);
  });

  test('idempotency keys are version-4 UUIDs, different each time (no crypto.randomUUID: Chrome 89)', () => {
    const keys = new Set(Array.from({ length: 1000 }, newIdempotencyKey));
    expect(keys.size).toBe(1000);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
