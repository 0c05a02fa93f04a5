import { badInput } from '../shared/errors';

/**
 * GB 18218-2018 危险化学品重大危险源辨识: identification (S = Σ q/Q ≥ 1) and grading
 * (R = α · Σ β·q/Q; 一级 R ≥ 100, 二级 50 ≤ R < 100, 三级 10 ≤ R < 50, 四级 R < 10). Pure: the
 * critical quantities Q and correction factors β come in as reference data.
 */
export interface ChemicalReference {
  name: string;
  cas: string | null;
  aliases: string[];
  /** Critical quantity Q in tonnes (表1 or 表2). */
  criticalQuantity: number;
  /** Correction factor β (表3 for the named toxic gases, else 表4 by hazard class). */
  beta: number;
}

export interface ChemicalAmount {
  name?: string | null;
  cas?: string | null;
  quantityTonnes: number;
}

export interface GradeInput {
  /** People exposed outside the plant within 500 m (厂区外暴露人员). */
  population500m: number;
  chemicals: ChemicalAmount[];
}

export interface GradeResult {
  isMajor: boolean;
  s: number;
  alpha: number;
  r: number;
  /** 1 (一级, the most serious) to 4 (四级); null when not a major hazard source. */
  level: number | null;
  terms: { name: string; quantityTonnes: number; criticalQuantity: number; beta: number; ratio: number }[];
}

/** 表5 校正系数 α by the number of people exposed within 500 m. */
export function alphaFor(population: number): number {
  if (population >= 100) return 2.0;
  if (population >= 50) return 1.5;
  if (population >= 30) return 1.2;
  if (population >= 1) return 1.0;
  return 0.5;
}

export function levelFor(r: number): 1 | 2 | 3 | 4 {
  if (r >= 100) return 1;
  if (r >= 50) return 2;
  if (r >= 10) return 3;
  return 4;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export function findChemical(reference: readonly ChemicalReference[], amount: ChemicalAmount): ChemicalReference | undefined {
  const cas = amount.cas?.trim();
  const name = amount.name?.trim();
  return reference.find((c) => (cas && c.cas === cas) || (name && (c.name === name || c.aliases.includes(name))));
}

export function gradeMajorHazard(input: GradeInput, reference: readonly ChemicalReference[]): GradeResult {
  if (!Number.isInteger(input.population500m) || input.population500m < 0 || input.population500m > 10_000_000) {
    throw badInput('population500m', 'must be a whole number of people, 0 or more');
  }
  if (!Array.isArray(input.chemicals) || input.chemicals.length === 0 || input.chemicals.length > 200) {
    throw badInput('chemicals', 'must list between 1 and 200 chemicals');
  }
  const terms = input.chemicals.map((amount, i) => {
    if (!amount.name?.trim() && !amount.cas?.trim()) throw badInput(`chemicals[${i}]`, 'needs a name or a CAS number');
    if (typeof amount.quantityTonnes !== 'number' || !Number.isFinite(amount.quantityTonnes) || amount.quantityTonnes < 0) {
      throw badInput(`chemicals[${i}].quantityTonnes`, 'must be a quantity in tonnes, 0 or more');
    }
    const chemical = findChemical(reference, amount);
    if (!chemical) {
      throw badInput(`chemicals[${i}]`, `${amount.name ?? amount.cas} is not in the reference data of GB 18218-2018 (表1/表2); name it as the standard does or give its CAS number`);
    }
    const ratio = amount.quantityTonnes / chemical.criticalQuantity;
    return { name: chemical.name, quantityTonnes: amount.quantityTonnes, criticalQuantity: chemical.criticalQuantity, beta: chemical.beta, ratio };
  });
  const s = round(terms.reduce((sum, t) => sum + t.ratio, 0));
  const alpha = alphaFor(input.population500m);
  const r = round(alpha * terms.reduce((sum, t) => sum + t.beta * t.ratio, 0));
  const isMajor = s >= 1;
  return { isMajor, s, alpha, r, level: isMajor ? levelFor(r) : null, terms };
}
