/**
 * Planners' polygon and line files: a zipped Shapefile in CGCS2000 / 3-degree Gauss-Krüger CM 117E
 * (EPSG:4548) and a KML import and draw where they belong; an imported polygon taken as a zone's official
 * boundary shows its overlap (IoU) and appears in the zone's site package. Fixtures are written by the
 * test (tests/support/shapefile.ts writes the Shapefile bytes).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Polygon } from 'geojson';
import proj4 from 'proj4';
import { compareBoundaries } from '../../src/lib/analysis/boundary';
import { PRJ_CGCS2000_GK_CM_117E, zippedShapefile, type Ring } from '../support/shapefile';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mapContainer, screenPosition, waitForMap } from './map-helpers';

interface ZoneFeature {
  id: string;
  geometry: Polygon;
  properties: { name: { zh: string } };
}
const zones = (
  JSON.parse(readFileSync(new URL('../../geodata/zones.geojson', import.meta.url), 'utf8')) as {
    features: ZoneFeature[];
  }
).features;
const cbd = zones.find((zone) => zone.id === 'xiaobailou-cbd')!;

// Each test imports files through the worker and redraws the map several times: on the shared 2-core
// build machine the first map render alone has taken over 30 s.
test.describe.configure({ timeout: 180_000 });
async function openMap(page: Page): Promise<void> {
  await page.goto('/');
  await expect(mapContainer(page)).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await waitForMap(page);
}

/** The CBD's schematic ring grown by 20 % about its first-ring centre, clockwise (Shapefile order). */
function officialRing(): Ring {
  const ring = cbd.geometry.coordinates[0] as Ring;
  const corners = ring.slice(0, -1);
  const [cx, cy] = [
    corners.reduce((sum, [x]) => sum + x, 0) / corners.length,
    corners.reduce((sum, [, y]) => sum + y, 0) / corners.length,
  ];
  const grown = ring.map(([x, y]): [number, number] => [cx + (x - cx) * 1.2, cy + (y - cy) * 1.2]);
  // Shoelace sign: positive is counter-clockwise in lng/lat; Shapefile outer rings run clockwise.
  const signed = grown
    .slice(0, -1)
    .reduce((sum, [x1, y1], i) => sum + (x1 * grown[i + 1][1] - grown[i + 1][0] * y1), 0);
  return signed > 0 ? grown.reverse() : grown;
}

test('a zipped Shapefile in CGCS2000 Gauss-Krüger draws in place; as the CBD’s official boundary it shows its IoU and goes into the site package', async ({
  page,
}, testInfo) => {
  const ring = officialRing();
  const toGk = proj4('WGS84', PRJ_CGCS2000_GK_CM_117E);
  const zip = zippedShapefile({
    name: 'xbl_boundary',
    kind: 'polygon',
    records: [
      {
        parts: [ring.map((position) => toGk.forward(position) as [number, number])],
        properties: { NAME: '小白楼（批复范围）' },
      },
    ],
    prj: PRJ_CGCS2000_GK_CM_117E,
    cpg: 'UTF-8',
  });
  const file = testInfo.outputPath('xbl-boundary.zip');
  writeFileSync(file, zip);
  const official: Polygon = { type: 'Polygon', coordinates: [ring] };
  const expected = compareBoundaries(cbd.geometry, official);
  expect(expected.iou).toBeGreaterThan(0.5);
  expect(expected.iou).toBeLessThan(0.9);

  await openMap(page);
  await page.getByRole('tab', { name: '分析' }).click();
  await page.getByLabel('导入文件').setInputFiles(file);
  await page.getByRole('form', { name: '导入设置' }).getByRole('button', { name: '导入', exact: true }).click();

  const layers = page.getByRole('region', { name: '面和线图层（用户提供）' });
  // Parsing waits for the worker and its libraries: on a busy machine that takes a few seconds.
  await expect(layers).toContainText('xbl-boundary.zip', { timeout: 30_000 });
  await expect(layers).toContainText('1 个要素');
  await expect(layers).toContainText('坐标系：CGCS2000_3_Degree_GK_CM_117E，已转换为 WGS-84。');
  await expect(mapContainer(page)).toHaveAttribute('data-features-drawn', 'features-1:true');

  // Drawn in the right place: a click at the CBD's centre (in WGS-84) hits the imported polygon.
  const centre = cbd.geometry.coordinates[0]
    .slice(0, -1)
    .reduce(([x, y], [lng, lat], _, all) => [x + lng / all.length, y + lat / all.length], [0, 0]) as [number, number];
  const at = await screenPosition(page, centre);
  await page.mouse.click(at.x, at.y);
  const profile = page.getByRole('region', { name: '小白楼（批复范围）' });
  await expect(profile).toContainText('导入的要素（用户提供）');
  await expect(profile).toContainText('来自文件 xbl-boundary.zip');
  await expect(profile).toContainText('和平区');
  await expect(profile.getByRole('button', { name: cbd.properties.name.zh })).toBeVisible();

  // Take it as the CBD's official boundary: areas, difference and IoU as turf computes them.
  await profile.getByLabel('片区').selectOption({ label: cbd.properties.name.zh });
  await profile.getByRole('button', { name: /设为该片区的官方边界/u }).click();
  const card = profile.getByRole('article', { name: `${cbd.properties.name.zh} 的官方边界` });
  await expect(card).toContainText(new RegExp(`重叠度（交并比 IoU）\\s*${expected.iou.toFixed(2)}`, 'u'));
  await expect(card).toContainText(new RegExp(`示意范围面积\\s*${expected.schematicKm2.toFixed(2)} 平方公里`, 'u'));
  await expect(card).toContainText(new RegExp(`用户提供边界面积\\s*${expected.officialKm2.toFixed(2)} 平方公里`, 'u'));
  await expect(card).toContainText('xbl-boundary.zip');

  // Both outlines on the map; the zone's panel opens; its site package carries the boundary, labelled.
  await card.getByRole('button', { name: `在地图上查看 ${cbd.properties.name.zh}` }).click();
  await expect(page.getByRole('region', { name: cbd.properties.name.zh })).toBeVisible();
  await page.getByRole('button', { name: '招商资料包' }).click();
  const sheet = page.getByRole('main', { name: /招商资料包/u });
  await expect(sheet.getByRole('heading', { name: '用户提供的边界' })).toBeVisible();
  await expect(sheet).toContainText('xbl-boundary.zip');
  await expect(sheet).toContainText(new RegExp(`重叠度（交并比 IoU）\\s*${expected.iou.toFixed(2)}`, 'u'));
  await expect(sheet.getByRole('img', { name: /示意范围与用户提供的边界/u })).toBeVisible();

  // Kept in this browser: after a reload the boundary is listed again, and it can be removed.
  await page.goto('/');
  await page.getByRole('tab', { name: '分析' }).click();
  const kept = page.getByRole('article', { name: `${cbd.properties.name.zh} 的官方边界` });
  await expect(kept).toContainText(new RegExp(`重叠度（交并比 IoU）\\s*${expected.iou.toFixed(2)}`, 'u'), {
    timeout: 30_000,
  });
  await kept.getByRole('button', { name: `移除 ${cbd.properties.name.zh} 的官方边界` }).click();
  await expect(kept).toHaveCount(0);
});

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>规划</name>
<Placemark><name>会展地块</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
117.02,38.95 117.08,38.95 117.08,39.0 117.02,39.0 117.02,38.95
</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
<Placemark><name>联络线</name><LineString><coordinates>117.1,39.05 117.25,39.12</coordinates></LineString></Placemark>
<Placemark><name>残缺</name><LineString><coordinates>117.1,39.05</coordinates></LineString></Placemark>
</Document></kml>`;

test('a KML imports and draws, names the placemark it skipped, and a truncated zip is refused with the layer kept', async ({
  page,
}, testInfo) => {
  const kml = testInfo.outputPath('plan.kml');
  writeFileSync(kml, KML);
  await openMap(page);
  await page.getByRole('tab', { name: '分析' }).click();
  await page.getByLabel('导入文件').setInputFiles(kml);
  await page.getByRole('form', { name: '导入设置' }).getByRole('button', { name: '导入', exact: true }).click();

  const layers = page.getByRole('region', { name: '面和线图层（用户提供）' });
  await expect(layers).toContainText('2 个要素', { timeout: 30_000 });
  await expect(layers).toContainText('已跳过 1 个无法读取的要素：');
  // togeojson drops a one-position line, so the placemark arrives without a geometry.
  await expect(layers).toContainText('第 3 个要素没有几何。');
  await expect(mapContainer(page)).toHaveAttribute('data-features-drawn', 'features-1:true');

  // The line's profile: its length and the districts it crosses.
  await layers.getByRole('list', { name: 'plan.kml 的要素' }).getByRole('button', { name: '联络线' }).click();
  const line = page.getByRole('region', { name: '联络线' });
  await expect(line).toContainText('长度');
  await expect(line).toContainText('经过的区');

  // The polygon is where the file says: a click at its centre opens it.
  await line.getByRole('button', { name: '关闭要素概况' }).click();
  await page.getByRole('list', { name: 'plan.kml 的要素' }).getByRole('button', { name: '会展地块' }).click();
  await expect(page.getByRole('region', { name: '会展地块' })).toBeVisible();
  await page.getByRole('button', { name: '关闭要素概况' }).click();
  await waitForMap(page);
  const at = await screenPosition(page, [117.05, 38.975]);
  await page.mouse.click(at.x, at.y);
  const polygon = page.getByRole('region', { name: '会展地块' });
  await expect(polygon).toContainText('静海区');

  // A truncated zip: refused, naming the file; the KML layer stays.
  const zip = zippedShapefile({
    name: 'p',
    kind: 'polygon',
    records: [
      {
        parts: [
          [
            [117, 39],
            [117, 39.1],
            [117.1, 39.1],
            [117, 39],
          ],
        ],
        properties: {},
      },
    ],
  });
  const truncated = testInfo.outputPath('parcels.zip');
  writeFileSync(truncated, zip.slice(0, zip.length - 30));
  await page.getByLabel('导入文件').setInputFiles(truncated);
  await page.getByRole('form', { name: '导入设置' }).getByRole('button', { name: '导入', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('无法导入 parcels.zip', { timeout: 30_000 });
  await expect(alert).toContainText('压缩文件不完整或已损坏');
  await expect(layers).toContainText('plan.kml');

  // Kept in this browser like point layers: after a reload the KML layer is listed and drawn again.
  await page.goto('/');
  await page.getByRole('tab', { name: '分析' }).click();
  await expect(page.getByRole('region', { name: '面和线图层（用户提供）' })).toContainText('2 个要素', {
    timeout: 60_000,
  });
  await expect(mapContainer(page)).toHaveAttribute('data-features-drawn', 'features-1:true');
});
