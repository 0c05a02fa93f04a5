import { type TestStack, codeOf, startStack } from './support/stack';

const GRADE = `query($input: MajorHazardGradeInput!) { majorHazardGrade(input: $input) { isMajor s alpha r level standard } }`;

describe('majorHazardGrade: GB 18218-2018 against the reference data in the database', () => {
  let stack: TestStack;
  let token: string;
  beforeAll(async () => {
    stack = await startStack({ worker: 'none' });
    token = await stack.token({ sub: 'inspector', roles: ['INSPECTOR'] });
  });
  afterAll(() => stack?.close());

  it('grades the standard’s worked cases', async () => {
    const chlorine = await stack.gql(token, GRADE, { input: { population500m: 120, chemicals: [{ name: '液氯', quantityTonnes: 25 }] } });
    expect(chlorine.data.majorHazardGrade).toEqual({ isMajor: true, s: 5, alpha: 2, r: 40, level: 3, standard: 'GB 18218-2018' });
    const mixed = await stack.gql(token, GRADE, { input: { population500m: 0, chemicals: [{ name: '氯', quantityTonnes: 2.5 }, { cas: '7664-41-7', quantityTonnes: 5 }] } });
    expect(mixed.data.majorHazardGrade).toMatchObject({ isMajor: true, s: 1, r: 1.5, level: 4 });
    const below = await stack.gql(token, GRADE, { input: { population500m: 10, chemicals: [{ name: '氯', quantityTonnes: 4.9 }] } });
    expect(below.data.majorHazardGrade).toMatchObject({ isMajor: false, level: null });
  });

  it('refuses an unknown chemical with BAD_USER_INPUT', async () => {
    const res = await stack.gql(token, GRADE, { input: { population500m: 10, chemicals: [{ name: '独角兽粉末', quantityTonnes: 1 }] } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/独角兽粉末/);
  });

  it('lists the reference data it grades with: chlorine’s Q 5 t and β 4, matched by its aliases', async () => {
    const res = await stack.gql(token, '{ hazardousChemicals { name cas aliases criticalQuantity beta standard } }');
    const chlorine = res.data.hazardousChemicals.find((c: { cas: string | null }) => c.cas === '7782-50-5');
    expect(chlorine).toEqual({ name: '氯', cas: '7782-50-5', aliases: expect.arrayContaining(['液氯']), criticalQuantity: 5, beta: 4, standard: 'GB 18218-2018' });
    expect(res.data.hazardousChemicals.length).toBeGreaterThan(30);
  });
});
