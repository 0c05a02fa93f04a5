import exifr from 'exifr';

export interface PhotoMetadata {
  takenAt: string | null;
  latitude: number | null;
  longitude: number | null;
}

const NONE: PhotoMetadata = { takenAt: null, latitude: null, longitude: null };

/**
 * When and where a photo was taken, from its EXIF data when present (exifr reads JPEG, PNG, WebP): the original
 * time (a camera's local time, read as Beijing time when it names no zone) and the GPS position in degrees.
 */
export async function readPhotoMetadata(bytes: Buffer): Promise<PhotoMetadata> {
  try {
    const tags = (await exifr.parse(bytes, { gps: true, tiff: true, exif: true, reviveValues: false, pick: ['DateTimeOriginal', 'OffsetTimeOriginal', 'latitude', 'longitude'] })) as
      | { DateTimeOriginal?: string; OffsetTimeOriginal?: string; latitude?: number; longitude?: number }
      | undefined;
    if (!tags) return NONE;
    return { takenAt: exifTime(tags.DateTimeOriginal, tags.OffsetTimeOriginal), latitude: degrees(tags.latitude, 90), longitude: degrees(tags.longitude, 180) };
  } catch {
    return NONE;
  }
}

/** EXIF's "YYYY:MM:DD HH:MM:SS" with its offset, or Beijing time (+08:00) when none is recorded. */
function exifTime(value: string | undefined, offset: string | undefined): string | null {
  const m = typeof value === 'string' ? /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(value) : null;
  if (!m) return null;
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '+08:00';
  const t = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

const degrees = (value: number | undefined, bound: number): number | null =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= bound ? Math.round(value * 1e7) / 1e7 : null;
