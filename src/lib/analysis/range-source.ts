/**
 * A FlatGeobuf on this site's own server, read with HTTP range requests. Only same-origin URLs are taken:
 * nothing leaves the origin (the page's CSP would refuse another origin anyway, with a less clear error).
 */
import { StreamError, type ByteSource } from './fgb-read';

/** The absolute URL of `text` if it is on `origin`, else null. */
export function sameOriginUrl(text: string, origin: string): URL | null {
  try {
    const url = new URL(text.trim(), origin);
    return url.origin === origin ? url : null;
  } catch {
    return null;
  }
}

export async function rangeSource(text: string, origin: string): Promise<ByteSource> {
  const url = sameOriginUrl(text, origin);
  if (!url) throw new StreamError('other-origin', text);
  const href = url.href;
  const head = await fetch(href, { headers: { Range: 'bytes=0-0' } });
  if (head.status !== 206) throw new StreamError(head.ok ? 'no-range' : 'http', String(head.status));
  await head.body?.cancel();
  const size = Number(head.headers.get('Content-Range')?.split('/')[1]);
  if (!Number.isSafeInteger(size)) throw new StreamError('no-range', 'Content-Range');
  return {
    size,
    read: async (offset, length) => {
      if (length <= 0) return new Uint8Array(0);
      const response = await fetch(href, { headers: { Range: `bytes=${offset}-${offset + length - 1}` } });
      if (response.status !== 206) throw new StreamError('http', String(response.status));
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
