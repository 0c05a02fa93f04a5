import { DomainError } from '../shared/errors';
import { type ChemicalReference, alphaFor, gradeMajorHazard, levelFor } from './grading';

const REFERENCE: ChemicalReference[] = [
  { name: '氯', cas: '7782-50-5', aliases: ['液氯', '氯气'], criticalQuantity: 5, beta: 4 },
  { name: '氨', cas: '7664-41-7', aliases: ['液氨', '氨气'], criticalQuantity: 10, beta: 2 },
  { name: '甲醇', cas: '67-56-1', aliases: [], criticalQuantity: 500, beta: 1 },
];

describe('GB 18218-2018 identification and grading', () => {
  it('grades liquid chlorine 25 t with 120 people within 500 m: S = 5, α = 2, R = 40, 三级', () => {
    expect(gradeMajorHazard({ population500m: 120, chemicals: [{ name: '液氯', quantityTonnes: 25 }] }, REFERENCE)).toMatchObject({
      isMajor: true,
      s: 5,
      alpha: 2,
      r: 40,
      level: 3,
    });
  });

  it('grades chlorine 2.5 t plus ammonia 5 t with nobody within 500 m: S = 1, R = 1.5, 四级', () => {
    expect(
      gradeMajorHazard({ population500m: 0, chemicals: [{ name: '氯', quantityTonnes: 2.5 }, { cas: '7664-41-7', quantityTonnes: 5 }] }, REFERENCE),
    ).toMatchObject({ isMajor: true, s: 1, alpha: 0.5, r: 1.5, level: 4 });
  });

  it('does not make 4.9 t against a 5 t threshold a major hazard source', () => {
    expect(gradeMajorHazard({ population500m: 500, chemicals: [{ name: '氯', quantityTonnes: 4.9 }] }, REFERENCE)).toMatchObject({ isMajor: false, level: null });
  });

  it('puts every α and R band boundary on the right side', () => {
    expect([0, 1, 29, 30, 49, 50, 99, 100, 5000].map(alphaFor)).toEqual([0.5, 1, 1, 1.2, 1.2, 1.5, 1.5, 2, 2]);
    expect([9.999, 10, 49.999, 50, 99.999, 100, 1000].map(levelFor)).toEqual([4, 3, 3, 2, 2, 1, 1]);
  });

  it('refuses an unknown chemical, and bad quantities, with the field', () => {
    const refusal = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return err as DomainError;
      }
      throw new Error('accepted');
    };
    expect(refusal(() => gradeMajorHazard({ population500m: 1, chemicals: [{ name: '独角兽粉末', quantityTonnes: 1 }] }, REFERENCE))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'chemicals[0]',
    });
    expect(refusal(() => gradeMajorHazard({ population500m: -1, chemicals: [{ name: '氯', quantityTonnes: 1 }] }, REFERENCE)).field).toBe('population500m');
    expect(refusal(() => gradeMajorHazard({ population500m: 1, chemicals: [{ name: '氯', quantityTonnes: -3 }] }, REFERENCE)).field).toBe('chemicals[0].quantityTonnes');
    expect(refusal(() => gradeMajorHazard({ population500m: 1, chemicals: [] }, REFERENCE)).field).toBe('chemicals');
  });
});
