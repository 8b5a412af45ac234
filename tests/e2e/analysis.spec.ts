import { readFileSync, writeFileSync } from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { generateCsv } from '../../src/lib/analysis/generate';
import { joinPoints } from '../../src/lib/analysis/join';
import { parseCsvPoints } from '../../src/lib/analysis/parse-csv';
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

test('a 100,000-point CSV is counted per zone and filtered live; a broken file can be cancelled and the layer kept', async ({
  page,
}, testInfo) => {
  const csv = generateCsv(100_000, 611);
  const file = testInfo.outputPath('sites-100k.csv');
  writeFileSync(file, csv);
  // The expected counts, from the same parser and join in Node.
  const zones = readFeatures('zones.geojson');
  const { table } = parseCsvPoints(csv, { crs: 'wgs84' });
  const join = joinPoints(table.positions, zones, readFeatures('districts.geojson'));
  const cbd = zones.findIndex((zone) => zone.id === 'xiaobailou-cbd');
  expect(join.zoneCounts[cbd]).toBeGreaterThan(0);

  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('tab', { name: '分析' }).click();
  await page.getByLabel('导入文件').setInputFiles(file);
  const settings = page.getByRole('form', { name: '导入设置' });
  await expect(settings.getByLabel('经度列')).toHaveValue('lng');
  await expect(settings.getByLabel('纬度列')).toHaveValue('lat');
  await settings.getByRole('button', { name: '导入', exact: true }).click();

  const visible = page.getByRole('status').filter({ hasText: /显示 .* 个点/u });
  await expect(visible).toHaveText('显示 100,000 / 100,000 个点', { timeout: 30_000 });
  const table1 = page.getByRole('table', { name: /sites-100k\.csv 各片区点数/u });
  const cbdRow = table1.getByRole('row', { name: new RegExp(zones[cbd].properties.name.zh, 'u') });
  await expect(cbdRow.getByRole('cell').first()).toHaveText(zh(join.zoneCounts[cbd]));
  await expect(mapContainer(page)).toHaveAttribute('data-points-drawn', /layer-1/u);
  const drawnBefore = await mapContainer(page).getAttribute('data-points-drawn');

  // Raise the minimum of area_m2 with the keyboard: fewer points pass, the map redraws, the table follows.
  const minimum = page.getByRole('slider', { name: '最小值' });
  await minimum.focus();
  for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowRight');
  await expect(visible).not.toHaveText('显示 100,000 / 100,000 个点');
  const passing = Number((await visible.textContent())?.match(/显示 ([\d,]+)/u)?.[1].replaceAll(',', ''));
  expect(passing).toBeGreaterThan(0);
  expect(passing).toBeLessThan(100_000);
  await expect(mapContainer(page)).not.toHaveAttribute('data-points-drawn', drawnBefore ?? '');
  const cbdAfter = Number((await cbdRow.getByRole('cell').first().textContent())?.replaceAll(',', ''));
  expect(cbdAfter).toBeLessThan(join.zoneCounts[cbd]);

  // Sort by count: the first row holds the largest count.
  await table1.getByRole('button', { name: '按点数排序' }).click();
  await expect(table1.getByRole('columnheader', { name: /点数/u })).toHaveAttribute('aria-sort', 'ascending');

  // A broken file: a latitude that is not a number on line 3.
  const broken = testInfo.outputPath('broken.csv');
  writeFileSync(broken, 'name,lng,lat\nA,117.2,39.1\nB,117.3,北纬39度\n');
  await page.getByLabel('导入文件').setInputFiles(broken);
  await page.getByRole('form', { name: '导入设置' }).getByRole('button', { name: '导入', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.csv 中有问题');
  await expect(alert).toContainText('1 行可以导入，1 行不能导入');
  await expect(alert).toContainText('第 3 行：lat 的值“北纬39度”不是数字。');
  // The planner cancels instead of importing the one good row: nothing changes.
  await alert.getByRole('button', { name: '取消' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('radio', { name: '分析 sites-100k.csv' })).toBeChecked();
  await expect(visible).toHaveText(`显示 ${zh(passing)} / 100,000 个点`);

  // Not JSON at all.
  const notJson = testInfo.outputPath('sites.geojson');
  writeFileSync(notJson, '{"type": "FeatureCollection", "features": [');
  await page.getByLabel('导入文件').setInputFiles(notJson);
  await page.getByRole('form', { name: '导入设置' }).getByRole('button', { name: '导入', exact: true }).click();
  await expect(alert).toContainText('无法导入 sites.geojson');
  await expect(alert).toContainText('不是有效的 JSON');
});

test('a district choropleth of imported points, and cancelling an import', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('sites.csv');
  writeFileSync(file, generateCsv(2_000, 5));
  await page.goto('/?panel=analysis');
  await waitForMap(page);
  await page.getByLabel('导入文件').setInputFiles(file);
  await page.getByRole('form', { name: '导入设置' }).getByLabel('坐标系').selectOption('gcj02');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /显示 .* 个点/u })).toHaveText('显示 2,000 / 2,000 个点');
  await page.getByRole('checkbox', { name: '按区着色（点数）' }).check();
  await expect(page.getByRole('list', { name: '图例' }).getByRole('listitem').first()).toHaveText('0 个点');

  await page.getByRole('radio', { name: '区', exact: true }).check();
  const districts = page.getByRole('table', { name: /sites\.csv 各区点数/u });
  await expect(districts.getByRole('row')).toHaveCount(17);

  // A large second import, cancelled while it runs: nothing changes, the first layer stays the only one.
  const large = testInfo.outputPath('large.csv');
  writeFileSync(large, generateCsv(400_000, 6));
  await page.getByLabel('导入文件').setInputFiles(large);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('progressbar', { name: '导入进度' })).toBeVisible();
  await page.getByRole('button', { name: '取消导入' }).click();
  await expect(page.getByRole('progressbar', { name: '导入进度' })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: /^分析 /u })).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('draw a candidate zone, see its profile, keep it after a reload; measure a distance', async ({ page }) => {
  await page.goto('/?panel=analysis');
  await waitForMap(page);
  await expect(mapContainer(page)).toHaveAttribute('data-draw-ready', 'true');
  const box = await mapContainer(page).boundingBox();
  if (!box) throw new Error('no map');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;

  await page.getByRole('button', { name: '绘制候选区' }).click();
  await expect(mapContainer(page)).toHaveAttribute('data-tool', 'draw');
  for (const [dx, dy] of [
    [-60, -50],
    [70, -40],
    [60, 60],
    [-50, 55],
  ]) {
    await page.mouse.click(cx + dx, cy + dy);
    await page.waitForTimeout(150);
  }
  await page.keyboard.press('Enter');

  const profile = page.getByRole('region', { name: '候选区 1' });
  await expect(profile).toBeVisible();
  await expect(profile.getByText(/平方公里/u)).toBeVisible();
  await expect(profile.getByRole('button', { name: /区 \d+%/u }).first()).toBeVisible();
  await expect(profile.getByText('市中心', { exact: true })).toBeVisible();
  // Planned sectors add the measures of those sectors.
  await profile.getByRole('checkbox', { name: '金融服务' }).check();
  await expect(profile.getByRole('heading', { name: /同行业/u })).toBeVisible();

  await page.reload();
  await waitForMap(page);
  await expect(page.getByRole('button', { name: '候选区 1', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '候选区 1', exact: true }).click();
  await expect(
    page.getByRole('region', { name: '候选区 1' }).getByRole('checkbox', { name: '金融服务' }),
  ).toBeChecked();

  await waitForMap(page);
  await page.getByRole('button', { name: '测量距离' }).click();
  await expect(mapContainer(page)).toHaveAttribute('data-tool', 'distance');
  // The profile panel took room from the map: measure on the map as it is now.
  const now = await mapContainer(page).boundingBox();
  if (!now) throw new Error('no map');
  const [mx, my] = [now.x + now.width / 2, now.y + now.height / 2];
  await page.mouse.click(mx - 100, my);
  await page.waitForTimeout(150);
  await page.mouse.click(mx + 100, my);
  await page.waitForTimeout(150);
  await page.mouse.click(mx + 100, my);
  await expect(page.getByRole('status').filter({ hasText: /距离：/u })).toHaveText(/距离：\d+(\.\d+)? 公里/u);

  await page.getByRole('button', { name: '删除 候选区 1' }).first().click();
  await expect(page.getByText('尚无候选区。')).toBeVisible();
});
