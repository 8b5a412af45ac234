/** Node-side access to geodata/: reads every file the validator needs, by path inside geodata/. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEODATA_DIR = fileURLToPath(new URL('../geodata/', import.meta.url));

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
