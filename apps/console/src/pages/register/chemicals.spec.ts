import { parseChemicals } from './chemicals';

describe('parseChemicals', () => {
  it('reads one chemical per line by name or CAS number, with tonnes', () => {
    expect(parseChemicals('液氯 25\n7664-41-7，10.5吨\n\n甲苯：600 t')).toEqual({
      chemicals: [
        { name: '液氯', quantityTonnes: 25 },
        { cas: '7664-41-7', quantityTonnes: 10.5 },
        { name: '甲苯', quantityTonnes: 600 },
      ],
      bad: null,
    });
  });
  it('names the line it cannot read, and an empty text', () => {
    expect(parseChemicals('液氯 二十五')).toEqual({ chemicals: [], bad: '液氯 二十五' });
    expect(parseChemicals('  ').bad).toBe('  ');
  });
});
