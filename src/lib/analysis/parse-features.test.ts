import proj4 from 'proj4';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PRJ_CGCS2000_GK_CM_117E, zippedShapefile, type Ring } from '../../../tests/support/shapefile';
import { hasLinesOrPolygons, parseFeatureFile, parseGeoJsonFeatures } from './parse-features';
import { dbfEncoding } from './parse-shapefile';
import { ImportError, type ImportProblem } from './types';

const TIANJIN: [number, number, number, number] = [116.7, 38.5, 118.1, 40.3];
const options = { crs: 'wgs84' as const, regionBounds: TIANJIN };

/** A square around 小白楼 (about 1.1 km a side), clockwise as Shapefiles want outer rings. */
const SQUARE: Ring = [
  [117.2, 39.11],
  [117.2, 39.12],
  [117.213, 39.12],
  [117.213, 39.11],
  [117.2, 39.11],
];
const toGk = proj4('WGS84', PRJ_CGCS2000_GK_CM_117E);
const gkSquare = SQUARE.map((position) => toGk.forward(position) as [number, number]);

const blob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);

async function problemsOf(run: () => Promise<unknown> | unknown): Promise<ImportProblem[]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('zipped Shapefiles', () => {
  it('reprojects CGCS2000 Gauss-Krüger (EPSG:4548) to WGS-84 from the .prj and keeps the attributes', async () => {
    expect(gkSquare[0][0]).toBeGreaterThan(500000);
    const zip = zippedShapefile({
      name: '片区边界',
      kind: 'polygon',
      records: [{ parts: [gkSquare], properties: { NAME: '小白楼', CODE: 'A1' } }],
      prj: PRJ_CGCS2000_GK_CM_117E,
      cpg: 'UTF-8',
    });
    const layer = await parseFeatureFile(blob(zip), 'parcels.zip', 'shapefile', options);
    expect(layer.projection).toBe('CGCS2000_3_Degree_GK_CM_117E');
    expect(layer.features).toHaveLength(1);
    const { geometry, properties } = layer.features[0];
    expect(geometry.type).toBe('Polygon');
    const ring = (geometry as { coordinates: number[][][] }).coordinates[0];
    for (const [i, [lng, lat]] of ring.entries()) {
      const expected = SQUARE.find(([x, y]) => Math.abs(x - lng) < 1e-6 && Math.abs(y - lat) < 1e-6);
      expect(expected, `corner ${i}: ${lng}, ${lat}`).toBeDefined();
    }
    expect(properties).toEqual({ NAME: '小白楼', CODE: 'A1' });
    expect(layer.outsideRegion).toBe(0);
  });

  it('reads lines, and GBK attributes without a .cpg', async () => {
    // "天津" in GBK.
    const gbk = () => new Uint8Array([0xcc, 0xec, 0xbd, 0xf2]);
    const zip = zippedShapefile({
      name: 'roads',
      kind: 'polyline',
      records: [{ parts: [SQUARE.slice(0, 3)], properties: { NAME: 'x' } }],
      prj: 'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
      encode: gbk,
    });
    const layer = await parseFeatureFile(blob(zip), 'roads.zip', 'shapefile', options);
    expect(layer.features[0].geometry.type).toBe('LineString');
    expect(layer.features[0].properties.NAME).toBe('天津');
  });

  it('reads a Shapefile without .prj as WGS-84 only when its numbers look like degrees near Tianjin', async () => {
    const degrees = zippedShapefile({
      name: 'a',
      kind: 'polygon',
      records: [{ parts: [SQUARE], properties: { N: '1' } }],
    });
    const layer = await parseFeatureFile(blob(degrees), 'a.zip', 'shapefile', options);
    expect(layer.assumedWgs84).toBe(true);
    expect(layer.projection).toBeNull();

    const metres = zippedShapefile({ name: 'b', kind: 'polygon', records: [{ parts: [gkSquare], properties: {} }] });
    const problems = await problemsOf(() => parseFeatureFile(blob(metres), 'b.zip', 'shapefile', options));
    expect(problems).toEqual([{ code: 'prj-missing', part: 'b.shp', sample: expect.stringMatching(/^5\d{5}\./u) }]);
  });

  it('refuses a truncated zip, a .shp without .dbf, an unknown projection and a zip without .shp', async () => {
    const zip = zippedShapefile({ name: 'p', kind: 'polygon', records: [{ parts: [SQUARE], properties: {} }] });
    const truncated = await problemsOf(() =>
      parseFeatureFile(blob(zip.slice(0, zip.length - 40)), 'p.zip', 'shapefile', options),
    );
    expect(truncated[0].code).toBe('bad-zip');

    const noDbf = zippedShapefile({
      name: 'p',
      kind: 'polygon',
      records: [{ parts: [SQUARE], properties: {} }],
      withoutDbf: true,
    });
    expect(await problemsOf(() => parseFeatureFile(blob(noDbf), 'p.zip', 'shapefile', options))).toEqual([
      { code: 'shp-without-dbf', part: 'p.shp' },
    ]);

    const unknown = zippedShapefile({
      name: 'p',
      kind: 'polygon',
      records: [{ parts: [SQUARE], properties: {} }],
      prj: 'PROJCS["Local_Grid_Tianjin_1990",GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]]],PROJECTION["Secret_Projection"],UNIT["Meter",1.0]]',
    });
    expect(await problemsOf(() => parseFeatureFile(blob(unknown), 'p.zip', 'shapefile', options))).toEqual([
      { code: 'prj-unknown', part: 'p.prj', name: 'Local_Grid_Tianjin_1990' },
    ]);

    const noShp = zipSync({ 'readme.txt': new TextEncoder().encode('hi') });
    expect(await problemsOf(() => parseFeatureFile(blob(noShp), 'x.zip', 'shapefile', options))).toEqual([
      { code: 'zip-without-shp', entries: ['readme.txt'] },
    ]);
  });

  it('takes ArcGIS’s code page 936 as GBK and detects the encoding without a .cpg', () => {
    expect(dbfEncoding(new Uint8Array([0x41]), '936')).toBe('gbk');
    expect(dbfEncoding(new Uint8Array([0xcc, 0xec]), null)).toBe('gb18030');
    expect(dbfEncoding(new TextEncoder().encode('天津'), null)).toBe('utf-8');
    expect(dbfEncoding(new Uint8Array([0x41]), 'no-such-encoding')).toBe('utf-8');
  });
});

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>规划地块</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
117.2,39.11,0 117.213,39.11,0 117.213,39.12,0 117.2,39.12,0 117.2,39.11,0
</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
<Placemark><name>道路</name><LineString><coordinates>117.2,39.1 117.3,39.2</coordinates></LineString></Placemark>
<Placemark><name>坏的</name><LineString><coordinates>117.2,39.1</coordinates></LineString></Placemark>
</Document></kml>`;

describe('KML and KMZ', () => {
  it('keeps the valid placemarks and reports the bad one by its number', async () => {
    const layer = await parseFeatureFile(new Blob([KML]), 'plan.kml', 'kml', options);
    expect(layer.features.map((feature) => [feature.geometry.type, feature.properties.name])).toEqual([
      ['Polygon', '规划地块'],
      ['LineString', '道路'],
    ]);
    expect(layer.skipped.total).toBe(1);
    expect(layer.skipped.problems[0]).toMatchObject({ feature: 2 });
  });

  it('reads a KMZ through its doc.kml', async () => {
    const kmz = zipSync({ 'doc.kml': new TextEncoder().encode(KML) });
    const layer = await parseFeatureFile(blob(kmz), 'plan.kmz', 'kmz', options);
    expect(layer.features).toHaveLength(2);
  });

  it('refuses XML that is broken or not KML, and a KMZ without KML', async () => {
    const broken = await problemsOf(() => parseFeatureFile(new Blob(['<kml><Placemark>']), 'bad.kml', 'kml', options));
    expect(broken[0]).toMatchObject({ code: 'bad-kml', part: 'bad.kml' });
    const html = await problemsOf(() => parseFeatureFile(new Blob(['<html></html>']), 'x.kml', 'kml', options));
    expect(html).toEqual([{ code: 'bad-kml', part: 'x.kml', detail: '<html>' }]);
    const empty = zipSync({ 'a.png': new Uint8Array([1]) });
    expect(await problemsOf(() => parseFeatureFile(blob(empty), 'x.kmz', 'kmz', options))).toEqual([
      { code: 'kmz-without-kml', entries: ['a.png'] },
    ]);
  });
});

describe('GeoJSON lines and polygons', () => {
  it('sends files with lines or polygons to the feature path, points-only files not', () => {
    expect(hasLinesOrPolygons('{"type":"Feature","geometry":{"type": "MultiPolygon"}}')).toBe(true);
    expect(hasLinesOrPolygons('{"type":"LineString"}')).toBe(true);
    expect(hasLinesOrPolygons('{"type":"FeatureCollection","features":[{"geometry":{"type":"Point"}}]}')).toBe(false);
  });

  it('keeps valid features (points included), closes open rings and names each bad one', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'A' },
          geometry: { type: 'Polygon', coordinates: [SQUARE.slice(0, 4)] },
        },
        { type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [117.2, 39.1] } },
        { type: 'Feature', properties: {}, geometry: null },
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [117, 39],
                [117.1, 39],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [117, 39],
              [200, 39],
            ],
          },
        },
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'GeometryCollection',
            geometries: [
              {
                type: 'LineString',
                coordinates: [
                  [117, 39],
                  [117.1, 39],
                ],
              },
              { type: 'Curve', coordinates: [] },
            ],
          },
        },
      ],
    });
    const layer = parseGeoJsonFeatures(text, options);
    expect(layer.features.map((feature) => [feature.index, feature.part, feature.geometry.type])).toEqual([
      [0, undefined, 'Polygon'],
      [1, undefined, 'Point'],
      [5, 0, 'LineString'],
    ]);
    expect((layer.features[0].geometry as { coordinates: number[][][] }).coordinates[0]).toHaveLength(5);
    expect(layer.skipped.problems).toEqual([
      { code: 'missing-geometry', feature: 2 },
      { code: 'bad-feature-geometry', feature: 3, detail: 'ring' },
      { code: 'out-of-range', feature: 4, value: '200, 39' },
      { code: 'unknown-geometry', feature: 5, part: 1, type: 'Curve' },
    ]);
  });

  it('refuses a file with no valid feature, listing why', async () => {
    const text = JSON.stringify({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[117, 39]] } });
    expect(await problemsOf(() => parseGeoJsonFeatures(text, options))).toEqual([
      { code: 'bad-feature-geometry', feature: 0, detail: 'line' },
    ]);
  });

  it('converts GCJ-02 files to WGS-84', () => {
    const text = JSON.stringify({
      type: 'LineString',
      coordinates: [
        [117.190182, 39.125596],
        [117.2, 39.13],
      ],
    });
    const layer = parseGeoJsonFeatures(text, { ...options, crs: 'gcj02' });
    const [lng, lat] = (layer.features[0].geometry as { coordinates: number[][] }).coordinates[0];
    // GCJ-02 sits a few hundred metres north-east of WGS-84 in Tianjin.
    expect(lng).toBeLessThan(117.190182);
    expect(lat).toBeLessThan(39.125596);
    expect(117.190182 - lng).toBeLessThan(0.01);
  });
});
