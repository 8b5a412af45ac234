/**
 * Turns a text file's bytes into text. Planners' CSVs come as UTF-8 (with or without a BOM), UTF-16 from
 * Excel's "Unicode text", and GB18030/GBK from Excel and WPS on Chinese Windows. Detection: a BOM, then a
 * strict UTF-8 reading, else GB18030 (a superset of GBK and GB2312). The planner can override it.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export const TEXT_ENCODINGS: readonly TextEncodingName[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Characters the encoding could not read, shown as U+FFFD: a sign of a wrong or mixed encoding. */
  unreadable: number;
}

function bomEncoding(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Detects the encoding. `partial` is set when the bytes are the start of a longer file: a character cut
 * off at the end is then not held against UTF-8.
 */
export function detectEncoding(bytes: Uint8Array, partial = false): TextEncodingName {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Decodes with the given encoding (detected when null); a matching BOM is dropped. */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName | null, partial = false): DecodedText {
  if (encoding === null && bomEncoding(bytes) === null) {
    // The strict UTF-8 reading is the decoding itself when it succeeds: one pass over a large file.
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
      return { text, encoding: 'utf-8', unreadable: 0 };
    } catch {
      return decodeText(bytes, 'gb18030', partial);
    }
  }
  const chosen = encoding ?? detectEncoding(bytes, partial);
  // TextDecoder drops a BOM that matches its encoding (ignoreBOM defaults to false).
  const text = new TextDecoder(chosen).decode(bytes, { stream: partial });
  return { text, encoding: chosen, unreadable: countReplacements(text) };
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) count++;
  return count;
}
