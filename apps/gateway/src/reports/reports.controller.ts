import { Body, Controller, Get, Headers, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { requestInfo } from '../graphql.options';
import { ImportService } from './import.service';
import { DomainError } from '@hazard/domain';
import { TokenVerifier } from '../auth/token-verifier';
import { sendRestError } from '../common/graphql-errors';
import type { AttachmentName } from '@hazard/reports';
import { type ReportView, ReportsService } from './reports.service';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE = /^(?<stem>daily\/\d{4}-\d{2}-\d{2}|period)(?:\.(?<attachment>attachment[123]|cancelledList))?\.(?<ext>xlsx|csv)$/;

/** Downloads for people who open reports in Excel: the same rules as GraphQL, with a bearer token. */
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly verifier: TokenVerifier,
    private readonly importer: ImportService,
  ) {}

  /** POST the file as the body (XLSX or CSV); the answer names every row that was refused, and why. */
  @Post('import')
  async import(
    @Query('department') department: string,
    @Query('filename') fileName: string,
    @Headers('authorization') authorization: string,
    @Headers('content-type') contentType: string,
    @Body() body: Buffer,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    try {
      const principal = await this.verifier.verify(authorization);
      if (!Buffer.isBuffer(body) || body.length === 0) throw new DomainError('BAD_USER_INPUT', 'send the XLSX or CSV file as the request body', 'file');
      const name = fileName || (/csv/.test(contentType ?? '') ? 'upload.csv' : 'upload.xlsx');
      res.status(200).json(await this.importer.import(principal, department ?? '', body, name, requestInfo(req)));
    } catch (err) {
      sendRestError(res, err);
    }
  }

  @Get('daily/:file')
  daily(
    @Param('file') file: string,
    @Query('department') department: string,
    @Query('region') region: string | undefined,
    @Headers('authorization') authorization: string,
    @Res() res: Response,
  ) {
    return this.serve(res, `daily/${file}`, authorization, (principal, date) => this.reports.daily(principal, date, department ?? '', region || null));
  }

  @Get(':file')
  period(
    @Param('file') file: string,
    @Query('from') from: string,
    @Query('to') to: string,
    @Query('department') department: string,
    @Query('region') region: string | undefined,
    @Headers('authorization') authorization: string,
    @Res() res: Response,
  ) {
    return this.serve(res, file, authorization, (principal) => this.reports.period(principal, from ?? '', to ?? '', department ?? '', region || null));
  }

  private async serve(
    res: Response,
    file: string,
    authorization: string | undefined,
    load: (principal: Awaited<ReturnType<TokenVerifier['verify']>>, date: string) => Promise<ReportView>,
  ) {
    try {
      const match = FILE.exec(file);
      if (!match?.groups) throw new DomainError('NOT_FOUND', 'no such report file; use daily/<YYYY-MM-DD>[.attachmentN].(xlsx|csv) or period[.attachmentN].(xlsx|csv)');
      const { stem, attachment, ext } = match.groups;
      if (ext === 'csv' && !attachment) throw new DomainError('BAD_USER_INPUT', 'a CSV holds one attachment: ….attachment1.csv, attachment2, attachment3 or cancelledList');
      if (ext === 'xlsx' && attachment) throw new DomainError('BAD_USER_INPUT', 'the XLSX holds all three attachments: drop the .attachmentN');
      const principal = await this.verifier.verify(authorization);
      const view = await load(principal, stem.replace('daily/', ''));
      const c = view.content;
      const part = attachment === 'cancelledList' ? '-附件2-1' : attachment ? `-附件${attachment.slice(-1)}` : '';
      const name = `${c.unit?.name ?? c.departmentName}隐患${c.kind === 'DAILY' ? `日报${c.to}` : `统计${c.from}至${c.to}`}${part}.${ext}`;
      res.setHeader('content-disposition', `attachment; filename="report.${ext}"; filename*=UTF-8''${encodeURIComponent(name)}`);
      res.setHeader('x-content-sha256', ext === 'xlsx' ? view.xlsxSha256 : '');
      res.setHeader('cache-control', 'no-store');
      if (ext === 'xlsx') {
        res.type(XLSX_TYPE).send(await this.reports.xlsx(view));
      } else {
        res.type('text/csv; charset=utf-8').send(this.reports.csv(view, attachment as AttachmentName));
      }
    } catch (err) {
      sendRestError(res, err);
    }
  }
}
