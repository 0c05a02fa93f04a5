/*
 * What an evidence file may be (README "Evidence files"): photos and documents, recognised by their first bytes,
 * never by the name or the type the client declares. A file whose bytes are none of these is refused.
 */

export interface EvidenceKind {
  mediaType: string;
  /** Shown as a picture in the timeline. */
  photo: boolean;
}

const OFFICE: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word/',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xl/',
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The kind of file these bytes are, or null. A Word or Excel file (a zip) is taken as the type the client declares, if its parts say so. */
export function sniffEvidence(bytes: Uint8Array, declared: string | undefined): EvidenceKind | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', photo: true };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mediaType: 'image/png', photo: true };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { mediaType: 'image/webp', photo: true };
  if (startsWith(bytes, ascii('%PDF-'))) return { mediaType: 'application/pdf', photo: false };
  const type = declared?.split(';')[0].trim().toLowerCase();
  if (type && OFFICE[type] && startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // the part folder of the declared format appears among the zip's first entries' names
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).toString('latin1');
    if (head.includes(OFFICE[type])) return { mediaType: type, photo: false };
  }
  return null;
}

export const ACCEPTED_EVIDENCE = 'JPEG, PNG or WebP photos, PDF, Word (.docx) or Excel (.xlsx) documents';
