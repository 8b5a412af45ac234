/**
 * Framing: a selection's or a tour step's target lies in the part of the map nothing covers (not under
 * the detail panel, the legend or the tour caption), and a small zone is never zoomed past the cap that
 * keeps its surroundings in view (src/lib/domain/framing.ts).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Bounds } from '../../src/lib/data/geo';
import { FRAMING } from '../../src/lib/domain/framing';
import { projectToScreen } from '../../src/lib/map/project';
import { expect, test } from './fixtures';
import { mapCamera, mapContainer, waitForMap } from './map-helpers';

interface Feature {
  id?: string;
  properties: { id?: string; adcode?: string };
  geometry: { coordinates: unknown };
}
const read = (file: string): { features: Feature[] } =>
  JSON.parse(readFileSync(new URL(`../../geodata/${file}`, import.meta.url), 'utf8'));

function boundsOf(file: string, id: string): Bounds {
  const feature = read(file).features.find(
    (candidate) => (candidate.id ?? candidate.properties.id ?? candidate.properties.adcode) === id,
  );
  if (!feature) throw new Error(`no ${id} in ${file}`);
  const xs: number[] = [];
  const ys: number[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      xs.push(value[0]);
      ys.push(value[1] as number);
    } else if (Array.isArray(value)) value.forEach(walk);
  };
  walk(feature.geometry.coordinates);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The target's box on the page, once the camera has settled. */
async function targetBox(page: Page, bounds: Bounds): Promise<Box> {
  await waitForMap(page);
  const map = await mapContainer(page).boundingBox();
  if (!map) throw new Error('no map');
  const view = await mapCamera(page);
  const [x0, y0] = projectToScreen([bounds[0], bounds[3]], view, map);
  const [x1, y1] = projectToScreen([bounds[2], bounds[1]], view, map);
  return { x: map.x + x0, y: map.y + y0, width: x1 - x0, height: y1 - y0 };
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function expectInsideMap(page: Page, box: Box) {
  const map = await mapContainer(page).boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(map!.x);
  expect(box.y).toBeGreaterThanOrEqual(map!.y);
  expect(box.x + box.width).toBeLessThanOrEqual(map!.x + map!.width);
  expect(box.y + box.height).toBeLessThanOrEqual(map!.y + map!.height);
}

/** Km across the map's shorter free side at the current zoom. */
async function kmAcross(page: Page, pixels: number): Promise<number> {
  const { center, zoom } = await mapCamera(page);
  return (pixels * 40075.016 * Math.cos((center[1] * Math.PI) / 180)) / (512 * 2 ** zoom);
}

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('selecting 滨海新区 frames the whole district beside its panel, clear of the legend', async ({ page }) => {
    await page.goto('/?sel=district:120116');
    const panel = page.getByRole('region', { name: '滨海新区' });
    await expect(panel).toBeVisible();
    // The camera moves after the panel column has opened; wait for it to settle where it was sent.
    await page.waitForTimeout(500);
    const box = await targetBox(page, boundsOf('districts.geojson', '120116'));
    await expectInsideMap(page, box);
    expect(overlaps(box, (await panel.boundingBox())!)).toBe(false);
    const legend = await page.locator('[data-covers-map].legend').boundingBox();
    expect(overlaps(box, legend!)).toBe(false);
  });

  test('selecting the small 117 zone keeps its surroundings: zoom capped, at least the minimum extent across', async ({
    page,
  }) => {
    await page.goto('/?sel=zone:project-117');
    await expect(page.getByRole('region', { name: '“117项目”及周边区域' })).toBeVisible();
    await page.waitForTimeout(500);
    const box = await targetBox(page, boundsOf('zones.geojson', 'project-117'));
    await expectInsideMap(page, box);
    const { zoom } = await mapCamera(page);
    expect(zoom).toBeLessThanOrEqual(FRAMING.maxZoom + 1e-3);
    const map = await mapContainer(page).boundingBox();
    expect(await kmAcross(page, Math.min(map!.width, map!.height))).toBeGreaterThanOrEqual(FRAMING.minExtentKm);
  });

  test('a tour step puts its target above the caption, at a capped zoom', async ({ page }) => {
    // 国家会展中心（天津）: its stored camera (zoom 14.85) would fill the screen with the rectangle.
    await page.goto('/?tour=growth-poles&step=2');
    const present = page.getByRole('region', { name: /^演示：/u });
    await expect(present).toBeVisible();
    await page.waitForTimeout(500);
    const box = await targetBox(page, boundsOf('zones.geojson', 'necc-tianjin'));
    await expectInsideMap(page, box);
    const caption = await page.locator('[data-covers-map] > *').first().boundingBox();
    expect(box.y + box.height).toBeLessThanOrEqual(caption!.y);
    // Centred in the strip between the map's top and the caption, not in the whole map.
    const mapTop = (await mapContainer(page).boundingBox())!.y;
    expect(Math.abs(box.y + box.height / 2 - (mapTop + caption!.y) / 2)).toBeLessThan(40);
    expect((await mapCamera(page)).zoom).toBeLessThanOrEqual(FRAMING.maxZoom + 1e-3);
  });
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a tour step on a phone: the target stays above the caption', async ({ page }) => {
    await page.goto('/?tour=central-city&step=4');
    await expect(page.getByRole('region', { name: /^演示：/u })).toBeVisible();
    await page.waitForTimeout(500);
    const box = await targetBox(page, boundsOf('zones.geojson', 'yuanyang-wanghai-shipping'));
    await expectInsideMap(page, box);
    const caption = await page.locator('[data-covers-map] > *').first().boundingBox();
    expect(box.y + box.height).toBeLessThanOrEqual(caption!.y);
  });
});
