import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/**
 * The console's Content Security Policy: everything from this origin, nothing from anywhere else
 * (no CDN, no web font, no inline script). `connect-src 'self'` covers the same-origin WebSocket
 * of the subscriptions.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths that belong to the API, never to the console's client-side routes. */
const API_PREFIXES = ['/graphql', '/reports', '/health', '/dev'];

/**
 * Serves the built console (`npm run build` writes it to dist/console) on the gateway's port:
 * hashed assets cached for a year, index.html for every other GET that asks for HTML (the
 * console's routes live in the browser). Answers false when there is no build to serve.
 */
export function serveConsole(app: NestExpressApplication, dir: string): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const csp = (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('content-security-policy', CONSOLE_CSP);
    next();
  };
  app.use(
    '/assets',
    csp,
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  app.use(staticFiles(dir, csp));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('content-security-policy', CONSOLE_CSP);
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}

/** Top-level files of the build (the favicon, the map), with the same policy. */
function staticFiles(dir: string, csp: (req: Request, res: Response, next: NextFunction) => void) {
  const files = express.static(dir, { index: false, maxAge: '1h' });
  return (req: Request, res: Response, next: NextFunction) => {
    if (API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next();
    csp(req, res, () => files(req, res, next));
  };
}
