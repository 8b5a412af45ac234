import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GEODATA_DIR } from './geodata-io';

const workDirs: string[] = [];
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function runValidate(dir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', dir], { encoding: 'utf8' });
}

describe('npm run validate', () => {
  it('passes on the real geodata and says what it checked', () => {
    const run = runValidate(GEODATA_DIR);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/geodata valid: 41 measures, \d+ links, \d+ zones/u);
  });

  it('exits non-zero and names file, feature and problem for broken data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-geodata-'));
    workDirs.push(dir);
    cpSync(GEODATA_DIR, dir, { recursive: true });
    const zonesPath = join(dir, 'zones.geojson');
    const zones = JSON.parse(readFileSync(zonesPath, 'utf8'));
    zones.features.find((feature: any) => feature.id === 'wudadao').geometry.coordinates[0].pop();
    writeFileSync(zonesPath, JSON.stringify(zones));
    const run = runValidate(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error: geodata/zones.geojson › wudadao: a polygon ring is not closed');
    expect(run.stderr).toMatch(/geodata invalid: \d+ error/u);
  });
});
