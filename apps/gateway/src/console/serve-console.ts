import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/**
 * The console's Content Security Policy: everything from this origin, nothing from anywhere else
 * (no CDN, no web font, no inline script). `connect-src 'self'` covers the same-origin WebSocket
 * of the subscriptions. `img-src blob:` shows evidence photos, which the console fetches with the bearer token
 * (an <img src> cannot send it) and displays from a blob URL of its own making.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths that belong to the API, never to the console's client-side routes. */
const API_PREFIXES = ['/graphql', '/reports', '/exports', '/evidence', '/health', '/dev'];

/**
 * Serves the built console (`npm run build` writes it to dist/console) on the gateway's port:
 * hashed assets cached for a year, index.html for every other GET that asks for HTML (the
 * console's routes live in the browser). Answers false when there is no build to serve.
 */
export function serveConsole(app: NestExpressApplication, dir: string): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const assets = join(dir, 'assets');
  const files = express.static(dir, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => {
      if (path.startsWith(assets)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next();
    res.setHeader('content-security-policy', CONSOLE_CSP);
    files(req, res, () => {
      // a missing hashed asset is a 404, never the page in its place
      if (req.path.startsWith('/assets/') || (req.method !== 'GET' && req.method !== 'HEAD') || !req.accepts('html')) return next();
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index);
    });
  });
  return true;
}
