import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadError, downloadWithToken } from '../download';
import { useSession } from '../session';
import { formatTime } from '../time';

export interface EvidenceItem {
  sha256: string;
  mediaType: string;
  fileName?: string | null;
  takenAt?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  uploadedByName: string;
  url: string;
}

/** A photo fetched with the bearer token (an <img src> cannot send it) and shown from a blob URL. */
function Photo({ item }: { item: EvidenceItem }) {
  const { token } = useSession();
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    fetch(item.url, { headers: { authorization: `Bearer ${token}` } })
      .then((res) => (res.ok ? res.blob() : Promise.reject(new Error(String(res.status)))))
      .then((blob) => {
        if (!live) return;
        url = URL.createObjectURL(blob);
        setSrc(url);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [item.url, token]);
  if (failed) return <span className="muted">—</span>;
  return src ? <img src={src} alt={item.fileName ?? item.sha256.slice(0, 12)} className="evidence-photo" data-testid="evidence-photo" /> : <span className="muted">…</span>;
}

/** The evidence a hazard's records cite: photos as pictures with when and where they were taken, documents to download. */
export function EvidenceList({ items }: { items: readonly EvidenceItem[] }) {
  const { t } = useTranslation('hazard');
  const { token } = useSession();
  const [error, setError] = useState<string | null>(null);
  if (items.length === 0) return null;
  const download = (item: EvidenceItem) =>
    downloadWithToken(`${item.url}?download`, token, item.fileName ?? item.sha256.slice(0, 12)).catch((err: unknown) =>
      setError(err instanceof DownloadError ? `${err.code}: ${err.message}` : String(err)),
    );
  return (
    <>
      <ul className="evidence" data-testid="evidence">
        {items.map((item) => (
          <li key={item.sha256}>
            {item.mediaType.startsWith('image/') && <Photo item={item} />}
            <p>
              <button type="button" className="link" onClick={() => void download(item)}>
                {item.fileName ?? item.sha256.slice(0, 12)}
              </button>
              <br />
              <span className="muted">
                {item.takenAt ? t('evidence.taken', { time: formatTime(item.takenAt) }) : t('evidence.noTime')}
                {item.latitude !== null && item.latitude !== undefined && item.longitude !== null && item.longitude !== undefined
                  ? ` · ${t('evidence.position', { lat: item.latitude.toFixed(5), lon: item.longitude.toFixed(5) })}`
                  : ''}
                {` · ${item.uploadedByName}`}
              </span>
              <br />
              <code className="muted" title={item.sha256}>
                SHA-256 {item.sha256.slice(0, 16)}…
              </code>
            </p>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="banner alarm">
          {error}
        </p>
      )}
    </>
  );
}
