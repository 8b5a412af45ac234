import { readFileSync, writeFileSync } from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { convertToFgb } from '../../scripts/fgb';
import { generateCsv } from '../../src/lib/analysis/generate';
import { joinPoints } from '../../src/lib/analysis/join';
import { parseCsvPoints } from '../../src/lib/analysis/parse-csv';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mapContainer, waitForMap } from './map-helpers';

interface GeoFeature {
  id: string;
  geometry: Polygon | MultiPolygon;
  properties: { name: { zh: string } };
}
const readFeatures = (file: string): GeoFeature[] =>
  (JSON.parse(readFileSync(new URL(`../../geodata/${file}`, import.meta.url), 'utf8')) as { features: GeoFeature[] })
    .features;

const zh = (value: number) => value.toLocaleString('zh-CN');

/** The page, once its map is ready: on this shared 2-core machine the first render can take well over 30 s. */
async function openAnalysis(page: Page): Promise<void> {
  await page.goto('/');
  await expect(mapContainer(page)).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await waitForMap(page);
  await page.getByRole('tab', { name: '分析' }).click();
}

test('a 200,000-point FlatGeobuf made by npm run fgb streams into the map by view and is counted per zone', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const csv = generateCsv(200_000, 1611);
  const csvPath = testInfo.outputPath('register-200k.csv');
  const fgbPath = testInfo.outputPath('register-200k.fgb');
  writeFileSync(csvPath, csv);
  await convertToFgb(csvPath, fgbPath);
  // The expected counts: the same points through the app's own parser and join, in Node.
  const zones = readFeatures('zones.geojson');
  const districts = readFeatures('districts.geojson');
  const { table } = parseCsvPoints(csv, { crs: 'wgs84' });
  const join = joinPoints(table.positions, zones, districts);
  const cbd = zones.findIndex((zone) => zone.id === 'xiaobailou-cbd');
  expect(join.zoneCounts[cbd]).toBeGreaterThan(0);

  await openAnalysis(page);
  await page.getByLabel('打开 FlatGeobuf 文件…').setInputFiles(fgbPath);
  await expect(page.getByText('register-200k.fgb：共 200,000 个点（流式）')).toBeVisible({ timeout: 30_000 });

  // Drawn through the points layer: the map reports the streamed layer's view as drawn.
  const shown = page.getByRole('status').filter({ hasText: /当前视图显示|均匀抽样显示/u });
  await expect(shown).toBeVisible({ timeout: 30_000 });
  await expect(mapContainer(page)).toHaveAttribute('data-points-drawn', /stream-1:1:true/u, { timeout: 30_000 });
  const inView = Number(await shown.getAttribute('data-streamed-count'));
  expect(inView).toBeGreaterThan(0);
  expect(inView).toBeLessThan(200_000);

  // The whole city in view: every point is drawn (200,000 is the cap), none left out silently.
  await page.getByRole('button', { name: '全市' }).click();
  await expect(shown).toHaveText('当前视图显示 200,000 个点。', { timeout: 30_000 });

  await page.getByRole('button', { name: '统计各区域点数（全文件）' }).click();
  await expect(page.getByText('已统计全部 200,000 个点（整个文件，不限于当前视图）。')).toBeVisible({
    timeout: 60_000,
  });
  const counts = page.getByRole('table', { name: /register-200k\.fgb 各片区点数/u });
  for (const index of [cbd, ...zones.keys()].slice(0, 6)) {
    const row = counts.getByRole('row', { name: new RegExp(zones[index].properties.name.zh, 'u') });
    await expect(row.getByRole('cell').first()).toHaveText(zh(join.zoneCounts[index]));
  }
  await page
    .getByRole('region', { name: /超大数据/u })
    .getByRole('radio', { name: '区', exact: true })
    .check();
  const districtCounts = page.getByRole('table', { name: /register-200k\.fgb 各区点数/u });
  const firstDistrict = districtCounts.getByRole('row', {
    name: new RegExp(districts[0].properties.name.zh, 'u'),
  });
  await expect(firstDistrict.getByRole('cell').first()).toHaveText(zh(join.districtCounts[0]));
});

test('a truncated FlatGeobuf is refused with a clear message and the streamed layer already open stays', async ({
  page,
}, testInfo) => {
  const csvPath = testInfo.outputPath('small.csv');
  const fgbPath = testInfo.outputPath('small.fgb');
  writeFileSync(csvPath, generateCsv(5_000, 7));
  await convertToFgb(csvPath, fgbPath);
  const bytes = readFileSync(fgbPath);
  const cutPath = testInfo.outputPath('cut.fgb');
  writeFileSync(cutPath, bytes.subarray(0, 3000));

  await openAnalysis(page);
  const picker = page.getByLabel('打开 FlatGeobuf 文件…');
  await picker.setInputFiles(fgbPath);
  await expect(page.getByText('small.fgb：共 5,000 个点（流式）')).toBeVisible({ timeout: 30_000 });

  await picker.setInputFiles(cutPath);
  await expect(page.getByRole('alert')).toContainText('无法读取 cut.fgb：文件不完整（被截断），请重新复制或转换');
  await expect(page.getByRole('alert')).toContainText('已有图层保持不变。');
  await expect(page.getByText('small.fgb：共 5,000 个点（流式）')).toBeVisible();

  // A CSV is not a FlatGeobuf; a URL of another site is refused without any request (the fixture checks).
  await picker.setInputFiles(csvPath);
  await expect(page.getByRole('alert')).toContainText('无法读取 small.csv：不是 FlatGeobuf 文件');
  await page.getByRole('textbox', { name: '本站 FlatGeobuf 地址' }).fill('https://example.com/points.fgb');
  await page.getByRole('button', { name: '打开地址' }).click();
  await expect(page.getByRole('alert')).toContainText('只能打开本站地址（其他网站的地址不会被请求）');
  await expect(page.getByText('small.fgb：共 5,000 个点（流式）')).toBeVisible();
});
