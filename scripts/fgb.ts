/**
 * `npm run fgb -- input.csv [output.fgb] [--crs wgs84|gcj02|bd09]`: writes an indexed FlatGeobuf of a
 * CSV or GeoJSON point file, for streaming into the app (分析 › 大数据 FlatGeobuf) when it is larger than
 * the 1,000,000-point import.
 *
 * Columns are found and checked exactly as the app's import does (table-reader.ts: lng/lat names or a
 * geometry column; each row validated; bad rows listed and left out), coordinates converted to WGS-84
 * from the CRS given (crs.ts). The CSV is read as a stream, so memory grows with the points kept (about
 * 16 bytes of position and 8 per numeric column each, plus the encoded features), not with the text.
 */
import { createReadStream } from 'node:fs';
import { open, readFile, writeFile, appendFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { detectEncoding } from '../src/lib/analysis/decode';
import { fgbOfPoints } from '../src/lib/analysis/fgb-write';
import { parseGeoJsonPoints } from '../src/lib/analysis/parse-geojson';
import { isBlank, TableReader } from '../src/lib/analysis/table-reader';
import { CRS_OPTIONS, ImportError, type Crs, type ImportWarnings, type PointTable } from '../src/lib/analysis/types';

/** Far above the browser import's limit: the converter is for files the browser cannot import whole. */
const MAX_CONVERTED_POINTS = 50_000_000;

export interface ConvertResult {
  table: PointTable;
  warnings: ImportWarnings;
  bytes: number;
}

/** Text chunks of a file in its detected encoding (BOM, strict UTF-8, else GB18030), read as a stream. */
async function* decodedChunks(path: string): AsyncGenerator<string> {
  const handle = await open(path, 'r');
  const head = new Uint8Array(64 * 1024);
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  await handle.close();
  const decoder = new TextDecoder(detectEncoding(head.subarray(0, bytesRead), true));
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    yield decoder.decode(chunk as Buffer, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** Reads a CSV into a point table with the import's checks, row by row from a stream. */
export async function readCsvTable(path: string, crs: Crs): Promise<{ table: PointTable; warnings: ImportWarnings }> {
  const reader = new TableReader({ crs, maxPoints: MAX_CONVERTED_POINTS });
  const chunks = decodedChunks(path);
  const first = await chunks.next();
  const prefix = first.done ? '' : first.value;
  const delimiter = Papa.parse<string[]>(prefix.slice(0, 1 << 20), { preview: 10, skipEmptyLines: 'greedy' }).meta
    .delimiter;
  async function* all(): AsyncGenerator<string> {
    if (prefix) yield prefix;
    yield* chunks;
  }
  let line = 1;
  let failure: unknown = null;
  await new Promise<void>((resolve) => {
    Papa.parse<string[]>(Readable.from(all()), {
      delimiter,
      chunk: (results, parser) => {
        const syntax = new Map<number, string>();
        for (const error of results.errors) {
          if (error.type !== 'Delimiter' && error.row !== undefined) syntax.set(error.row, error.message);
        }
        try {
          for (let i = 0; i < results.data.length; i++) {
            const row = results.data[i];
            const at = line;
            line += 1;
            for (const field of row) for (let k = field.indexOf('\n'); k !== -1; k = field.indexOf('\n', k + 1)) line++;
            const detail = syntax.get(i);
            if (detail !== undefined) reader.unreadable({ code: 'csv-syntax', row: at, detail });
            else if (isBlank(row)) reader.blank();
            else if (!reader.hasHeader) reader.header(row);
            else if (!reader.row(row, at)) {
              parser.abort();
              return;
            }
          }
        } catch (error) {
          failure = error;
          parser.abort();
        }
      },
      complete: () => resolve(),
    });
  });
  if (failure) throw failure;
  const { table, warnings } = reader.finish();
  return { table, warnings };
}

/** Converts `input` (CSV or GeoJSON points) into an indexed FlatGeobuf at `output`. */
export async function convertToFgb(input: string, output: string, crs: Crs = 'wgs84'): Promise<ConvertResult> {
  const isGeoJson = /\.(geo)?json$/iu.test(input);
  const { table, warnings } = isGeoJson
    ? parseGeoJsonPoints(await readFile(input, 'utf8'), { crs, maxPoints: MAX_CONVERTED_POINTS })
    : await readCsvTable(input, crs);
  const parts = fgbOfPoints(table);
  await writeFile(output, parts[0]);
  for (const part of parts.slice(1)) await appendFile(output, part);
  return { table, warnings, bytes: parts.reduce((sum, part) => sum + part.length, 0) };
}

function describe(problem: ImportError['problems'][number]): string {
  return Object.entries(problem)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');
}

async function main(argv: string[]): Promise<number> {
  const crsAt = argv.indexOf('--crs');
  const crsArg = crsAt >= 0 ? argv[crsAt + 1] : 'wgs84';
  const files = argv.filter((arg, index) => !arg.startsWith('--') && (crsAt < 0 || index !== crsAt + 1));
  const crs = CRS_OPTIONS.find((option) => option === crsArg);
  if (files.length < 1 || files.length > 2 || !crs) {
    console.error('usage: npm run fgb -- input.csv|input.geojson [output.fgb] [--crs wgs84|gcj02|bd09]');
    return 2;
  }
  const [input] = files;
  const output = files[1] ?? input.replace(/\.[^./]*$/u, '') + '.fgb';
  try {
    const started = performance.now();
    const { table, warnings, bytes } = await convertToFgb(input, output, crs);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `${output}: ${table.count.toLocaleString('en')} points, ${(bytes / 2 ** 20).toFixed(1)} MiB, ${seconds} s`,
    );
    const fields = [...table.numeric.map((field) => field.name), ...table.categories.map((field) => field.name)];
    console.log(`properties: ${fields.join(', ') || '(none)'}; coordinates converted from ${crs} to WGS-84`);
    if (warnings.rejected > 0) {
      console.log(`${warnings.rejected.toLocaleString('en')} rows left out, first problems:`);
      for (const problem of warnings.problems.slice(0, 5)) console.log(`  ${describe(problem)}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(`${input}: nothing converted (${error.total} problems)`);
      for (const problem of error.problems.slice(0, 5)) console.error(`  ${describe(problem)}`);
      return 1;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
