import { SignJWT } from 'jose';

export interface TokenClaims {
  sub: string;
  name: string;
  roles: string[];
  regions: string[] | '*';
  departments: string[] | '*';
  /** An enterprise's unified social credit code (role ENTERPRISE, which is scoped by it instead of regions × departments). */
  creditCode?: string;
}

export async function signDevelopmentToken(secret: string, claimsToSign: TokenClaims, expiresIn = '12h'): Promise<string> {
  const { name, roles, creditCode } = claimsToSign;
  const scope = creditCode ? { creditCode } : { regions: claimsToSign.regions, departments: claimsToSign.departments };
  return new SignJWT({ name, roles, ...scope })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claimsToSign.sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

/** The enterprise the development sign-in's enterprise safety manager acts for (a valid GB 32100 code; report a hazard with it to see it). */
export const DEVELOPMENT_ENTERPRISE_CREDIT_CODE = '91211103MA0DEN0015';

/** The people `npm start` prints tokens for, and the console's development sign-in offers. */
export const DEVELOPMENT_PEOPLE: readonly (Omit<TokenClaims, 'roles'> & { role: string; scope: string })[] = [
  { role: 'INSPECTOR', sub: 'dev-inspector', name: '检查员（开发）', regions: '*', departments: '*', scope: '全市 / all regions' },
  { role: 'SUPERVISOR', sub: 'dev-supervisor', name: '督办员（开发）', regions: '*', departments: '*', scope: '全市 / all regions' },
  { role: 'SUPERVISOR', sub: 'dev-supervisor-2', name: '督办员乙（开发）', regions: '*', departments: '*', scope: '全市 / all regions' },
  { role: 'SUPERVISOR', sub: 'dev-supervisor-xlt', name: '兴隆台区督办员（开发）', regions: ['211103'], departments: '*', scope: '兴隆台区 / Xinglongtai only' },
  { role: 'COMMITTEE_OFFICE', sub: 'dev-committee', name: '安委办（开发）', regions: '*', departments: '*', scope: '全市 / all regions' },
  { role: 'AUDITOR', sub: 'dev-auditor', name: '审计员（开发）', regions: '*', departments: '*', scope: '全市 / all regions' },
  {
    role: 'ENTERPRISE',
    sub: 'dev-enterprise',
    name: '企业安全管理员（开发）',
    regions: [],
    departments: [],
    creditCode: DEVELOPMENT_ENTERPRISE_CREDIT_CODE,
    scope: `本企业 ${DEVELOPMENT_ENTERPRISE_CREDIT_CODE} / own enterprise`,
  },
];

/** Development tokens for those people (valid 12 h), signed with `secret`. */
export async function developmentTokens(secret: string): Promise<{ role: string; name: string; scope: string; sub: string; token: string }[]> {
  return Promise.all(
    DEVELOPMENT_PEOPLE.map(async ({ role, scope, ...person }) => ({
      role,
      name: person.name,
      scope,
      sub: person.sub,
      token: await signDevelopmentToken(secret, { ...person, roles: [role] }),
    })),
  );
}
