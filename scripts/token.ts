import { parseArgs } from 'node:util';
import { signDevelopmentToken, loadConfig } from '@hazard/config';
import { ROLES, isValidCreditCode } from '@hazard/domain';

const USAGE = `usage: npm run token -- --roles SUPERVISOR[,INSPECTOR] [--regions 211102,211103|'*'] [--departments EMERGENCY|'*']
                      [--sub user-id] [--name 张三] [--expires 12h]
       npm run token -- --roles ENTERPRISE --credit-code 91211103MA0DEN0015 [--sub …] [--name …]
Prints an HS256 development token signed with JWT_SECRET (or the documented development default).`;

const list = (value: string): string[] | '*' => (value.trim() === '*' ? '*' : value.split(',').map((s) => s.trim()).filter(Boolean));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      roles: { type: 'string' },
      regions: { type: 'string', default: '*' },
      departments: { type: 'string', default: '*' },
      sub: { type: 'string' },
      name: { type: 'string' },
      expires: { type: 'string', default: '12h' },
      'credit-code': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.roles) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const roles = values.roles.split(',').map((r) => r.trim().toUpperCase());
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) {
    console.error(`unknown role(s) ${unknown.join(', ')}; roles are ${ROLES.join(', ')}`);
    process.exit(2);
  }
  // An enterprise's safety manager is scoped by its unified social credit code alone (README, Security model).
  const creditCode = values['credit-code']?.trim().toUpperCase();
  if (roles.includes('ENTERPRISE') && (roles.length > 1 || !creditCode || !isValidCreditCode(creditCode))) {
    console.error('an ENTERPRISE token holds that role alone and needs --credit-code, a valid unified social credit code (GB 32100-2015, 18 characters)');
    process.exit(2);
  }
  if (creditCode && !roles.includes('ENTERPRISE')) {
    console.error('--credit-code is for an ENTERPRISE token; officials are scoped by --regions and --departments');
    process.exit(2);
  }
  const config = loadConfig();
  const sub = values.sub ?? `dev-${roles[0].toLowerCase()}`;
  const token = await signDevelopmentToken(
    config.JWT_SECRET,
    { sub, name: values.name ?? sub, roles, regions: list(values.regions), departments: list(values.departments), ...(creditCode ? { creditCode } : {}) },
    values.expires,
  );
  console.log(token);
}

main().catch((err) => {
  console.error(String(err?.message ?? err));
  process.exit(1);
});
