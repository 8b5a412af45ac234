import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../../../tests/support/atlas';
import type { FilteredCounts } from './join';
import { joinCsv, joinRows, sortRows } from './join-table';

const atlas = realAtlas();

function counts(): FilteredCounts {
  const zones = new Uint32Array(atlas.zones.length).map((_, index) => index * 10);
  const districts = new Uint32Array(atlas.districts.length).map((_, index) => (index === 0 ? 50 : 5));
  return { zones, districts, total: 200 };
}

describe('join table', () => {
  it('gives one row per zone with share and density', () => {
    const rows = joinRows(atlas, counts(), 'zones');
    expect(rows).toHaveLength(atlas.zones.length);
    expect(rows[1]).toMatchObject({ id: atlas.zones[1].id, count: 10, share: 5 });
    expect(rows[1].density).toBeCloseTo(10 / rows[1].areaKm2, 6);
  });

  it('sorts by count, both ways, and by name in the language', () => {
    const rows = joinRows(atlas, counts(), 'districts');
    const down = sortRows(rows, 'count', 'descending', 'zh');
    expect(down[0].count).toBe(50);
    expect(sortRows(rows, 'count', 'ascending', 'zh').at(-1)?.count).toBe(50);
    const byName = sortRows(rows, 'name', 'ascending', 'en').map((row) => row.name.en);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('exports CSV with a BOM, both names and formulae kept inert', () => {
    const csv = joinCsv(joinRows(atlas, counts(), 'districts'), 'districts', '=HYPERLINK("x")');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(atlas.districts.length);
    expect(parsed.data[0].name_zh).toBe(atlas.districts[0].properties.name.zh);
    expect(parsed.data[0].points).toBe('50');
    expect(parsed.data[0].layer.startsWith("'")).toBe(true);
  });
});
