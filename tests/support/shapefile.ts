/**
 * Writes small zipped Shapefiles for tests: polygon (type 5) or polyline (type 3) .shp records, a dBASE
 * III .dbf of text fields, an optional .prj and .cpg, zipped with fflate. Written from the ESRI
 * Shapefile Technical Description (1998) and the dBASE III file layout, in the manner of mapbox/shp-write;
 * no .shx (readers of zipped Shapefiles, shpjs included, read the .shp sequentially).
 */
import { zipSync } from 'fflate';

export type Ring = Array<[number, number]>;

export interface ShapeRecord {
  /** Polygon: rings (outer ring clockwise, as the format wants); polyline: parts. */
  parts: Ring[];
  properties: Record<string, string>;
}

export interface ShapefileSpec {
  name: string;
  kind: 'polygon' | 'polyline';
  records: ShapeRecord[];
  prj?: string;
  cpg?: string;
  /** Encodes the .dbf's text; UTF-8 by default. */
  encode?: (text: string) => Uint8Array;
  /** Leave the .dbf out of the zip. */
  withoutDbf?: boolean;
}

/** The ESRI WKT that ArcGIS writes for EPSG:4548, CGCS2000 / 3-degree Gauss-Krüger CM 117E. */
export const PRJ_CGCS2000_GK_CM_117E =
  'PROJCS["CGCS2000_3_Degree_GK_CM_117E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

function bbox(points: Array<[number, number]>): [number, number, number, number] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export function shpBytes(kind: 'polygon' | 'polyline', records: ShapeRecord[]): Uint8Array {
  const type = kind === 'polygon' ? 5 : 3;
  const contents = records.map(({ parts }) => {
    const points = parts.flat();
    const length = 44 + 4 * parts.length + 16 * points.length;
    const view = new DataView(new ArrayBuffer(length));
    view.setInt32(0, type, true);
    bbox(points).forEach((value, i) => view.setFloat64(4 + 8 * i, value, true));
    view.setInt32(36, parts.length, true);
    view.setInt32(40, points.length, true);
    let start = 0;
    parts.forEach((part, i) => {
      view.setInt32(44 + 4 * i, start, true);
      start += part.length;
    });
    const base = 44 + 4 * parts.length;
    points.forEach(([x, y], i) => {
      view.setFloat64(base + 16 * i, x, true);
      view.setFloat64(base + 16 * i + 8, y, true);
    });
    return new Uint8Array(view.buffer);
  });
  const total = 100 + contents.reduce((sum, content) => sum + 8 + content.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setInt32(0, 9994, false);
  view.setInt32(24, total / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, type, true);
  const all = records.flatMap((record) => record.parts.flat());
  bbox(all.length > 0 ? all : [[0, 0]]).forEach((value, i) => view.setFloat64(36 + 8 * i, value, true));
  let offset = 100;
  contents.forEach((content, i) => {
    view.setInt32(offset, i + 1, false);
    view.setInt32(offset + 4, content.length / 2, false);
    out.set(content, offset + 8);
    offset += 8 + content.length;
  });
  return out;
}

export function dbfBytes(
  records: Array<Record<string, string>>,
  encode: (text: string) => Uint8Array = (text) => new TextEncoder().encode(text),
): Uint8Array {
  const names = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const encoded = records.map((record) => names.map((name) => encode(record[name] ?? '')));
  const widths = names.map((_, i) => Math.max(1, ...encoded.map((row) => row[i].length)));
  const headerLength = 32 + 32 * names.length + 1;
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const out = new Uint8Array(headerLength + recordLength * records.length + 1);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  out.set([126, 12, 2], 1);
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  names.forEach((name, i) => {
    const at = 32 + 32 * i;
    out.set(new TextEncoder().encode(name.slice(0, 10)), at);
    out[at + 11] = 'C'.charCodeAt(0);
    out[at + 16] = widths[i];
  });
  out[headerLength - 1] = 0x0d;
  encoded.forEach((row, r) => {
    let at = headerLength + r * recordLength;
    out[at++] = 0x20;
    row.forEach((bytes, i) => {
      out.fill(0x20, at, at + widths[i]);
      out.set(bytes, at);
      at += widths[i];
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

export function zippedShapefile(spec: ShapefileSpec): Uint8Array {
  const files: Record<string, Uint8Array> = {
    [`${spec.name}.shp`]: shpBytes(spec.kind, spec.records),
  };
  if (!spec.withoutDbf) {
    files[`${spec.name}.dbf`] = dbfBytes(
      spec.records.map((record) => record.properties),
      spec.encode,
    );
  }
  if (spec.prj !== undefined) files[`${spec.name}.prj`] = new TextEncoder().encode(spec.prj);
  if (spec.cpg !== undefined) files[`${spec.name}.cpg`] = new TextEncoder().encode(spec.cpg);
  return zipSync(files);
}
