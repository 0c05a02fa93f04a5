import { basename } from 'node:path';
import { Controller, Get, Headers, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import getRawBody from 'raw-body';
import { TokenVerifier } from '../auth/token-verifier';
import { sendRestError } from '../common/graphql-errors';
import { EvidenceRefused, EvidenceService, tooLarge } from './evidence.service';


/**
 * Evidence files over plain HTTP (README "Evidence files"): `POST /evidence` with the file as the body answers the
 * SHA-256 the server computed, which commands then cite; `GET /evidence/<sha256>` gives the file to those who may
 * see a record citing it. Both need the bearer token, as GraphQL does.
 */
@Controller('evidence')
export class EvidenceController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly verifier: TokenVerifier,
  ) {}

  @Post()
  async upload(
    @Headers('authorization') authorization: string | undefined,
    @Headers('content-type') contentType: string | undefined,
    @Headers('x-file-name') fileNameHeader: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    try {
      const principal = await this.verifier.verify(authorization);
      const bytes = await this.body(req);
      const { file, created } = await this.evidence.receive(principal, bytes, contentType, fileNameOf(fileNameHeader));
      res.status(created ? 201 : 200).json(file);
    } catch (err) {
      this.refuse(res, err);
      // what the client has not sent yet is not read: the connection closes after the answer
      if (!req.complete) req.socket.destroySoon?.();
    }
  }

  @Get(':sha256')
  async download(
    @Param('sha256') sha256: string,
    @Query('download') asAttachment: string | undefined,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ) {
    try {
      const principal = await this.verifier.verify(authorization);
      const { file, bytes } = await this.evidence.download(principal, sha256.toLowerCase());
      const photo = file.mediaType.startsWith('image/');
      const name = file.fileName ?? `${file.sha256.slice(0, 12)}`;
      res.setHeader('content-type', file.mediaType);
      res.setHeader('content-length', String(bytes.length));
      res.setHeader('content-disposition', `${photo && asAttachment === undefined ? 'inline' : 'attachment'}; filename="evidence"; filename*=UTF-8''${encodeURIComponent(name)}`);
      res.setHeader('x-content-sha256', file.sha256);
      // addressed by content: the bytes under a digest never change
      res.setHeader('cache-control', 'private, max-age=31536000, immutable');
      res.setHeader('content-security-policy', "default-src 'none'; sandbox");
      res.status(200).end(bytes);
    } catch (err) {
      this.refuse(res, err);
    }
  }

  /** The body as sent, at most the configured size (a larger one is refused as soon as it is known to be larger). */
  private async body(req: Request): Promise<Buffer> {
    // an XLSX body was already read by the import route's parser (bootstrap)
    if (Buffer.isBuffer(req.body)) {
      if (req.body.length > this.evidence.maxBytes) throw tooLarge(this.evidence.maxBytes);
      return req.body;
    }
    try {
      return await getRawBody(req, { limit: this.evidence.maxBytes, length: req.headers['content-length'] });
    } catch (err) {
      if ((err as { type?: string }).type === 'entity.too.large') throw tooLarge(this.evidence.maxBytes);
      throw new EvidenceRefused(400, 'BAD_USER_INPUT', `the file could not be read: ${(err as Error).message}`);
    }
  }

  private refuse(res: Response, err: unknown): void {
    if (res.headersSent) return;
    if (err instanceof EvidenceRefused) {
      res.status(err.status).json({ code: err.code, message: err.message });
      return;
    }
    sendRestError(res, err);
  }
}

/** The name the client gave (percent-encoded in `X-File-Name`), without folders or control characters. */
function fileNameOf(header: string | undefined): string | null {
  if (!header) return null;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    name = header;
  }
  // eslint-disable-next-line no-control-regex
  name = basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return name ? name.slice(0, 200) : null;
}
