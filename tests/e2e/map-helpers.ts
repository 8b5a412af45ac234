/**
 * Helpers that let e2e tests act on the map canvas as a user would: wait until it has drawn, and find
 * where a geographic point is on screen (projection shared with the app: src/lib/map/project.ts).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { CameraView } from '../../src/lib/data/geo';
import { parseCameraAttributes, projectToScreen } from '../../src/lib/map/project';

export function mapContainer(page: Page): Locator {
  return page.locator('.atlas-map');
}

/** Waits until MapLibre and deck.gl have drawn and the camera is still. */
export async function waitForMap(page: Page): Promise<void> {
  await expect(page.locator('.atlas-map[data-ready="true"]:not([data-moving])')).toHaveCount(1, { timeout: 30_000 });
}

export async function mapCamera(page: Page): Promise<CameraView> {
  const attributes = await mapContainer(page).evaluate((element: HTMLElement) => ({ ...element.dataset }));
  const view = parseCameraAttributes(attributes);
  if (!view) throw new Error('the map has no camera attributes yet');
  return view;
}

/** The page coordinates of [lng, lat] on the map. */
export async function screenPosition(page: Page, point: [number, number]): Promise<{ x: number; y: number }> {
  await waitForMap(page);
  const box = await mapContainer(page).boundingBox();
  if (!box) throw new Error('map container is not visible');
  const [x, y] = projectToScreen(point, await mapCamera(page), box);
  return { x: box.x + x, y: box.y + y };
}

/** Waits until the map has settled near a point, within `tolerance` degrees. */
export async function expectCentreNear(page: Page, point: [number, number], tolerance = 0.05): Promise<void> {
  await expect
    .poll(
      async () => {
        const { center } = await mapCamera(page);
        return Math.max(Math.abs(center[0] - point[0]), Math.abs(center[1] - point[1]));
      },
      { timeout: 15_000 },
    )
    .toBeLessThan(tolerance);
}
