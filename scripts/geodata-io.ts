/** Node-side access to geodata/: reads every file the validator needs, by path inside geodata/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// A string, not a URL object: jsdom test environments replace the global URL class.
export const GEODATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'geodata');

/** Every .json, .geojson and .txt file below `dir`, keyed by its forward-slash path inside it. */
export function readGeodataFiles(dir: string = GEODATA_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|geojson|txt)$/u.test(name))
        files[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}
