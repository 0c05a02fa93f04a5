/** Evidence files from the browser (README "Evidence files"): sent to POST /evidence, which answers the SHA-256 it computed. */

export const EVIDENCE_ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx';

export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Uploads one file with the bearer token; the digest the server computed, or the server's refusal as an UploadError. */
export async function uploadEvidence(file: File, token: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch('/evidence', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': file.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
      body: file,
    });
  } catch (err) {
    throw new UploadError('NETWORK', err instanceof Error ? err.message : String(err));
  }
  const body = (await res.json().catch(() => null)) as { sha256?: string; code?: string; message?: string } | null;
  if (!res.ok || !body?.sha256) throw new UploadError(body?.code ?? `HTTP_${res.status}`, `${file.name}: ${body?.message ?? res.statusText}`);
  return body.sha256;
}

/** Uploads the files in order; their digests, in that order. */
export async function uploadAll(files: readonly File[], token: string): Promise<string[]> {
  const digests: string[] = [];
  for (const file of files) digests.push(await uploadEvidence(file, token));
  return digests;
}
