/**
 * npm run validate [-- <geodata dir>]: checks geodata/ and prints every problem as
 * `geodata/<file> › <feature id>: <problem>`. Exits 1 when there is any error.
 */
import { formatIssue, validateGeodata } from '../src/lib/pipeline/validate';
import { GEODATA_DIR, readGeodataFiles } from './geodata-io';

const dir = process.argv[2] ?? GEODATA_DIR;
const result = validateGeodata(readGeodataFiles(dir));
for (const warning of result.warnings) console.warn(`warning: ${formatIssue(warning)}`);
for (const error of result.errors) console.error(`error: ${formatIssue(error)}`);
if (result.dataset) {
  const { measures, links, zones, places, districts } = result.dataset;
  console.log(
    `geodata valid: ${measures.length} measures, ${links.length} links, ${zones.features.length} zones, ` +
      `${places.features.length} places, ${districts.features.length} districts` +
      (result.warnings.length > 0 ? `, ${result.warnings.length} warning(s)` : ''),
  );
} else {
  console.error(`geodata invalid: ${result.errors.length} error(s)`);
  process.exitCode = 1;
}
