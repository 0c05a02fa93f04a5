import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, RESPONSIBLE_ROLE_LABELS, RISK_COLOUR_LABELS, type RiskColour, SECTOR_LABELS, type Sector } from '@hazard/domain';
import { type ListSheet, renderListXlsx, shanghaiDay } from '@hazard/reports';
import type { Principal } from '../auth/principal';
import { mayReadPersonalData } from '../auth/authorize';
import { TokenVerifier } from '../auth/token-verifier';
import { sendRestError } from '../common/graphql-errors';
import { ReferenceDataService } from '../reference/reference-data.service';
import { toSourceModel } from '../sources/source.mapper';
import { SourcesService } from '../sources/sources.service';
import { toEnterpriseModel } from './enterprise.mapper';
import { EnterprisesService } from './enterprises.service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RESULT_LABELS: Record<string, string> = { CONSISTENT: '一致', INCONSISTENT: '不一致', NEW: '新发现', TO_DEREGISTER: '应注销' };
const LEVEL_LABELS = ['', '一级', '二级', '三级', '四级'];
type Params = Record<string, string | undefined>;

/** `true`/`false` or absent; anything else is refused by name. */
function flag(params: Params, name: string): boolean | null {
  const v = params[name];
  if (v === undefined || v === '') return null;
  if (v === 'true' || v === 'false') return v === 'true';
  throw new DomainError('BAD_USER_INPUT', `${name} must be true or false, not “${v}”`, name);
}

function oneOf<T extends string>(params: Params, name: string, allowed: readonly T[]): T | null {
  const v = params[name];
  if (v === undefined || v === '') return null;
  if (!(allowed as readonly string[]).includes(v)) throw new DomainError('BAD_USER_INPUT', `${name} must be one of ${allowed.join(', ')}, not “${v}”`, name);
  return v as T;
}

/** Who exported the list and when (Beijing time), and how many rows. */
const subtitle = (principal: Principal, count: string) =>
  `导出人：${principal.name}；导出时间：${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')}（北京时间）；${count}`;

const day = (iso: string | null | undefined) => (iso ? shanghaiDay(iso) : '');

/**
 * The register's lists as workbooks (README "The register of major hazard sources", Export): the same filters
 * and scope as the GraphQL queries `enterprises` and `majorHazardSources`, phones masked for those who may not
 * read them, with a bearer token like the report downloads.
 */
@Controller('exports')
export class RegisterExportController {
  constructor(
    private readonly enterprises: EnterprisesService,
    private readonly sources: SourcesService,
    private readonly verifier: TokenVerifier,
    private readonly reference: ReferenceDataService,
  ) {}

  @Get('enterprises.xlsx')
  enterpriseList(@Query() params: Params, @Headers('authorization') authorization: string, @Res() res: Response) {
    return this.send(res, '重点单位名录', authorization, async (principal) => {
      const filter = {
        regionCode: params.region || null,
        departmentCode: params.department || null,
        sector: oneOf(params, 'sector', Object.keys(SECTOR_LABELS) as Sector[]),
        keyUnit: flag(params, 'keyUnit'),
        riskColour: oneOf(params, 'riskColour', Object.keys(RISK_COLOUR_LABELS) as RiskColour[]),
        verifiedOnSite: flag(params, 'verifiedOnSite'),
      };
      const [rows, names] = await Promise.all([this.enterprises.list(principal, filter), this.names()]);
      const phones = mayReadPersonalData(principal);
      return {
        sheetName: '重点单位',
        title: '重点单位与企业名录',
        subtitle: subtitle(principal, `共 ${rows.length} 家`),
        columns: [
          { header: '序号', width: 6 },
          { header: '统一社会信用代码', width: 22 },
          { header: '单位名称', width: 28 },
          { header: '县区', width: 12 },
          { header: '行业领域', width: 14 },
          { header: '监管部门', width: 14 },
          { header: '地址', width: 28 },
          { header: '重点单位（风险等级）', width: 16 },
          { header: '认定依据', width: 28 },
          { header: '重点部位（责任人）', width: 36 },
          { header: '现场核查', width: 20 },
        ],
        rows: rows.map((state, i) => {
          const e = toEnterpriseModel(state, phones, null);
          const v = e.siteVerification;
          return [
            i + 1,
            e.creditCode,
            e.name,
            names.region(e.regionCode),
            SECTOR_LABELS[e.sector as Sector] ?? e.sector,
            names.department(e.departmentCode),
            e.address,
            e.keyUnit?.riskColourLabel ?? '否',
            e.keyUnit?.basis ?? '',
            e.keyParts.map((p) => `${p.name}（${p.location}；${p.responsibleName}${p.responsiblePhone ? ` ${p.responsiblePhone}` : ''}）`).join('\n'),
            v ? `${RESULT_LABELS[v.result] ?? v.result} ${day(v.at)}` : '未核查',
          ];
        }),
      };
    });
  }

  @Get('sources.xlsx')
  sourceList(@Query() params: Params, @Headers('authorization') authorization: string, @Res() res: Response) {
    return this.send(res, '重大危险源清单', authorization, async (principal) => {
      const level = params.level ? Number(params.level) : null;
      if (level !== null && ![1, 2, 3, 4].includes(level)) throw new DomainError('BAD_USER_INPUT', `level must be 1, 2, 3 or 4, not “${params.level}”`, 'level');
      const filter = {
        regionCode: params.region || null,
        departmentCode: params.department || null,
        isMajor: flag(params, 'isMajor'),
        level,
        overduePatrol: flag(params, 'overduePatrol'),
        verifiedOnSite: flag(params, 'verifiedOnSite'),
      };
      const [rows, names] = await Promise.all([this.sources.register(principal, filter), this.names()]);
      const phones = mayReadPersonalData(principal);
      return {
        sheetName: '重大危险源',
        title: '重大危险源清单（GB 18218-2018）',
        subtitle: subtitle(principal, `共 ${rows.length} 处`),
        columns: [
          { header: '序号', width: 6 },
          { header: '编号', width: 16 },
          { header: '名称', width: 24 },
          { header: '单位名称', width: 26 },
          { header: '县区', width: 12 },
          { header: '监管部门', width: 14 },
          { header: '单元', width: 8 },
          { header: '级别', width: 8 },
          { header: 'R 值', width: 9 },
          { header: '辨识日期', width: 12 },
          { header: '复核期限', width: 12 },
          { header: '包保责任人', width: 36 },
          { header: '巡查超期', width: 16 },
          { header: '空缺', width: 14 },
          { header: '现场核查', width: 16 },
        ],
        rows: rows.map((view, i) => {
          const s = toSourceModel(view, phones);
          const a = s.assessment;
          const v = s.siteVerification;
          return [
            i + 1,
            s.id,
            s.name,
            s.enterpriseName,
            names.region(s.regionCode),
            names.department(s.departmentCode),
            s.unitKind === 'STORAGE' ? '储存' : '生产',
            !a ? '未辨识' : a.isMajor && a.level ? LEVEL_LABELS[a.level] : '非重大',
            a ? Math.round(a.r * 100) / 100 : null,
            day(a?.assessedAt),
            day(a?.reassessBy),
            s.responsiblePersons.map((p) => `${p.roleLabel}：${p.name}${p.phone ? ` ${p.phone}` : ''}`).join('\n'),
            s.overduePatrols.map((r) => RESPONSIBLE_ROLE_LABELS[r]).join('、') || '无',
            s.vacantRoles.map((r) => RESPONSIBLE_ROLE_LABELS[r]).join('、') || '无',
            v ? `${RESULT_LABELS[v.result] ?? v.result} ${day(v.at)}` : '未核查',
          ];
        }),
      };
    });
  }

  private async names() {
    const [regions, departments] = await Promise.all([this.reference.regions(), this.reference.departments()]);
    return {
      region: (code: string) => regions.find((r) => r.code === code)?.name ?? code,
      department: (code: string) => departments.find((d) => d.code === code)?.name ?? code,
    };
  }

  private async send(res: Response, fileStem: string, authorization: string | undefined, build: (principal: Principal) => Promise<ListSheet>) {
    try {
      const principal = await this.verifier.verify(authorization);
      // as the GraphQL register queries (enterprise.guard.ts): an enterprise's account reads its own hazards only
      if (principal.roles.includes('ENTERPRISE')) throw new DomainError('FORBIDDEN', `an enterprise's account sees its own hazards; it may not export the register`);
      const sheet = await build(principal);
      const name = `${fileStem}-${day(new Date().toISOString())}.xlsx`;
      res.setHeader('content-disposition', `attachment; filename="register.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`);
      res.setHeader('cache-control', 'no-store');
      res.type(XLSX_TYPE).send(await renderListXlsx(sheet));
    } catch (err) {
      sendRestError(res, err);
    }
  }
}
