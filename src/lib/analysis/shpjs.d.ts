/** The parts of shpjs 6 used here (the package ships no types). */
declare module 'shpjs' {
  /** Records of a .shp as GeoJSON geometries; `prj` (WKT) reprojects them to WGS-84 with proj4. */
  export function parseShp(shp: DataView, prj?: string): unknown[];
  /** Rows of a .dbf as objects; `encoding` is a TextDecoder label (the .cpg's content). */
  export function parseDbf(dbf: DataView, encoding?: string): Array<Record<string, unknown>>;
}
