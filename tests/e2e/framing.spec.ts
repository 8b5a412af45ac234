/**
 * Framing: a selection's or a tour step's target lies in the part of the map nothing covers (not under
 * the detail panel, the legend or the tour caption), and a small zone is never zoomed past the cap that
 * keeps its surroundings in view (src/lib/domain/framing.ts).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
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

/** The target's box on the page, once the camera has settled (its four corners, for a tilted map too). */
async function targetBox(page: Page, bounds: Bounds): Promise<Box> {
  await waitForMap(page);
  const map = await mapContainer(page).boundingBox();
  if (!map) throw new Error('no map');
  const view = await mapCamera(page);
  const corners = [
    [bounds[0], bounds[1]],
    [bounds[0], bounds[3]],
    [bounds[2], bounds[1]],
    [bounds[2], bounds[3]],
  ].map((corner) => projectToScreen(corner as [number, number], view, map));
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
  return { x: map.x + x0, y: map.y + y0, width: Math.max(...xs) - x0, height: Math.max(...ys) - y0 };
}

/** Where a place is drawn on the page. */
async function placePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const [lng, lat] = boundsOf('places.geojson', id);
  const map = (await mapContainer(page).boundingBox())!;
  const [x, y] = projectToScreen([lng, lat], await mapCamera(page), map);
  return { x: map.x + x, y: map.y + y };
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
    const caption = await present.boundingBox();
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
    const present = page.getByRole('region', { name: /^演示：/u });
    await expect(present).toBeVisible();
    await page.waitForTimeout(500);
    const box = await targetBox(page, boundsOf('zones.geojson', 'yuanyang-wanghai-shipping'));
    await expectInsideMap(page, box);
    const caption = await present.boundingBox();
    expect(box.y + box.height).toBeLessThanOrEqual(caption!.y);
  });
});

/**
 * Dark text pixels (zone and place names) under the scale and the credits at the bottom of the map: those
 * controls are hidden for the shot (the camera has already been framed), so any left are names running
 * under them.
 */
async function textUnderBottomControls(page: Page): Promise<number> {
  const corner = page.locator('.atlas-map .maplibregl-ctrl-bottom-right');
  const map = (await mapContainer(page).boundingBox())!;
  const boxes = await corner
    .locator('.maplibregl-ctrl')
    .evaluateAll((controls) => controls.map((control) => control.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes.length, 'the scale and the credits').toBe(2);
  await corner.evaluate((element: HTMLElement) => (element.style.visibility = 'hidden'));
  let dark = 0;
  for (const box of boxes) {
    const top = Math.max(box.top, map.y);
    const bottom = Math.min(box.bottom, map.y + map.height);
    const shot = PNG.sync.read(
      await page.screenshot({ clip: { x: box.left, y: top, width: box.width, height: bottom - top } }),
    );
    for (let index = 0; index < shot.data.length; index += 4) {
      if (Math.max(shot.data[index]!, shot.data[index + 1]!, shot.data[index + 2]!) < 70) dark += 1;
    }
  }
  return dark;
}

test.describe('the whole city on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: 全市 keeps the downtown zones' listed label clear of the credits and the scale`, async ({
      page,
    }) => {
      await page.goto(lang === 'zh' ? '/' : '/?lang=en');
      await waitForMap(page);
      const opening = (await mapCamera(page)).zoom;
      await page.getByRole('button', { name: lang === 'zh' ? '全市' : 'Whole city' }).click();
      // The whole city is further out than the opening view of the core zones.
      await expect.poll(async () => (await mapCamera(page)).zoom, { timeout: 15_000 }).toBeLessThan(opening - 0.5);
      await waitForMap(page);
      // The credits wrap onto two (zh) or three (en) lines across the phone's map.
      expect(await textUnderBottomControls(page)).toBe(0);
    });
  }
});

test.describe('the 3D view at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('selecting 滨海新区 in the tilted 3D view frames the whole district beside its panel, clear of the legend', async ({
    page,
  }) => {
    await page.goto('/?theme=extruded&sel=district:120116');
    const panel = page.getByRole('region', { name: '滨海新区' });
    await expect(panel).toBeVisible();
    await page.waitForTimeout(500);
    const box = await targetBox(page, boundsOf('districts.geojson', '120116'));
    expect((await mapCamera(page)).pitch).toBeGreaterThan(40);
    await expectInsideMap(page, box);
    expect(overlaps(box, (await panel.boundingBox())!)).toBe(false);
    const legend = await page.locator('[data-covers-map].legend').boundingBox();
    expect(overlaps(box, legend!)).toBe(false);
  });

  test('switching the 3D view on keeps the framed district in view, and off lays it flat again, still framed', async ({
    page,
  }) => {
    await page.goto('/?sel=district:120116');
    const panel = page.getByRole('region', { name: '滨海新区' });
    await expect(panel).toBeVisible();
    await page.waitForTimeout(500);
    await waitForMap(page);
    const thematic = page.getByRole('group', { name: '专题图' });
    for (const [option, pitched] of [
      [/三维柱体/u, true],
      ['无', false],
    ] as const) {
      await thematic.getByRole('radio', { name: option }).check();
      await expect
        .poll(async () => Number(await mapContainer(page).getAttribute('data-pitch')) > 40, { timeout: 15_000 })
        .toBe(pitched);
      await waitForMap(page);
      const box = await targetBox(page, boundsOf('districts.geojson', '120116'));
      await expectInsideMap(page, box);
      expect(overlaps(box, (await panel.boundingBox())!)).toBe(false);
    }
  });

  test('hubs stay visible and clickable over the 3D blocks (the projection matches the tilted map)', async ({
    page,
  }) => {
    await page.goto('/?theme=extruded');
    await waitForMap(page);
    expect((await mapCamera(page)).pitch).toBeGreaterThan(40);
    // 天津南站 lies inside the “站产城” zone: its block would hide the symbol if drawn over it.
    const station = await placePoint(page, 'tianjin-south-station');
    const shot = PNG.sync.read(
      await page.screenshot({ clip: { x: station.x - 8, y: station.y - 8, width: 16, height: 16 } }),
    );
    const railwayRed = [0xb0, 0x3a, 0x2e];
    let redPixels = 0;
    for (let index = 0; index < shot.data.length; index += 4) {
      const distance = Math.hypot(...railwayRed.map((value, channel) => shot.data[index + channel]! - value));
      if (distance < 40) redPixels += 1;
    }
    expect(redPixels).toBeGreaterThan(20);
    await page.mouse.click(station.x, station.y);
    await expect(page.getByRole('region', { name: '天津南站' })).toBeVisible();
  });
});

test.describe('zoom limit on the embedded basemap', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('neither a link nor the zoom button goes past zoom 15, where the schematic basemap has nothing more', async ({
    page,
  }) => {
    await page.goto('/?view=117.2,39.12,18');
    await waitForMap(page);
    expect((await mapCamera(page)).zoom).toBeLessThanOrEqual(15 + 1e-3);
    await page.goto('/?view=117.2,39.12,14');
    await waitForMap(page);
    const zoomIn = page.getByRole('button', { name: '放大' });
    // MapLibre disables the button at the limit; until then each press zooms in by one level.
    for (let press = 0; press < 4 && (await zoomIn.isEnabled()); press += 1) {
      await zoomIn.click();
      await waitForMap(page);
    }
    expect((await mapCamera(page)).zoom).toBeCloseTo(15, 2);
    await expect(zoomIn).toBeDisabled();
  });
});

/**
 * Dark text pixels (zone and place names: near-black on a white halo) in a strip along the right edge
 * of the uncovered map, below the zoom buttons and above the scale: a name cut by the edge, or running
 * under the panel, leaves its letters there. Nothing else drawn on the map is that dark.
 */
async function textAtRightEdge(page: Page, right: number): Promise<number> {
  const map = (await mapContainer(page).boundingBox())!;
  const strip = { x: right - 4, y: map.y + 160, width: 3, height: map.height - 160 - 70 };
  const shot = PNG.sync.read(await page.screenshot({ clip: strip }));
  let dark = 0;
  for (let index = 0; index < shot.data.length; index += 4) {
    if (Math.max(shot.data[index]!, shot.data[index + 1]!, shot.data[index + 2]!) < 70) dark += 1;
  }
  return dark;
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  test.describe(`names at the map's edge at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const lang of ['zh', 'en'] as const) {
      test(`${lang}: the opening view and measure 6.1 keep the free trade zone's Dongjiang name inside the map`, async ({
        page,
      }) => {
        await page.goto(lang === 'zh' ? '/' : '/?lang=en');
        await waitForMap(page);
        const map = (await mapContainer(page).boundingBox())!;
        expect(await textAtRightEdge(page, map.x + map.width)).toBe(0);

        await page.goto(`/?sel=measure:6.1&panel=measures${lang === 'en' ? '&lang=en' : ''}`);
        const panel = page.getByRole('region', { name: lang === 'zh' ? '（六）1．口岸贸易' : /^Measure 6\.1 · / });
        await expect(panel).toBeVisible();
        await page.waitForTimeout(500);
        await waitForMap(page);
        const edge = Math.min(map.x + (await mapContainer(page).boundingBox())!.width, (await panel.boundingBox())!.x);
        expect(await textAtRightEdge(page, edge)).toBe(0);
      });
    }
  });
}
