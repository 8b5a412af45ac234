/**
 * KML from Google Earth, LocaTorch (奥维) or 91卫图, and KMZ (a zip holding a doc.kml). Workers have no
 * DOMParser, so the XML is read with @xmldom/xmldom and converted with @tmcw/togeojson. KML is WGS-84 by
 * definition; files drawn over a Chinese web map may still be in GCJ-02, which the planner can choose.
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { unzipEntries } from './parse-shapefile';
import { ImportError } from './types';

export function readKml(text: string, part: string): unknown[] {
  let doc: Document;
  try {
    const parsed = new DOMParser({
      onError: (level, message) => {
        // Warnings (an unknown entity, say) leave a readable document; errors do not.
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 'text/xml');
    doc = parsed as unknown as Document;
  } catch (error) {
    throw new ImportError([{ code: 'bad-kml', part, detail: detailOf(error) }]);
  }
  const root = doc.documentElement;
  if (!root || root.localName.toLowerCase() !== 'kml') {
    throw new ImportError([{ code: 'bad-kml', part, detail: `<${root?.localName ?? ''}>` }]);
  }
  return kml(doc).features;
}

/** The first .kml in a KMZ (doc.kml by convention). */
export function readKmz(bytes: Uint8Array): unknown[] {
  const entries = unzipEntries(bytes);
  const names = Object.keys(entries);
  const kmls = names.filter((name) => name.toLowerCase().endsWith('.kml'));
  const name = kmls.find((entry) => entry.toLowerCase().endsWith('doc.kml')) ?? kmls[0];
  if (!name) throw new ImportError([{ code: 'kmz-without-kml', entries: names.slice(0, 10) }]);
  return readKml(new TextDecoder().decode(entries[name]), name);
}

/** xmldom's messages carry the position ("line 3 col 7") first; the rest is boilerplate. */
function detailOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/gu, ' ').trim().slice(0, 160);
}
