import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { mapContainer, screenPosition, waitForMap } from './map-helpers';

const tour = JSON.parse(readFileSync(new URL('../../geodata/tours/central-city.json', import.meta.url), 'utf8'));

test('present the central-city tour: → three times, the URL, caption and map follow; Esc leaves a usable map', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('button', { name: '演示' }).click();
  await page.getByRole('button', { name: new RegExp(tour.title.zh, 'u') }).click();
  const present = page.getByRole('region', { name: `演示：${tour.title.zh}` });
  await expect(present).toBeVisible();
  await expect(page).toHaveURL(/tour=central-city&step=0/u);

  for (let press = 0; press < 3; press += 1) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/step=3/u);
  await expect(present.getByText(tour.steps[3].caption.zh)).toBeVisible();
  await expect(present.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '4');
  // The map flies to the step, framed above the caption (domain/framing.ts): the step's centre is in
  // the middle of the uncovered part, not under the caption.
  const caption = (await present.boundingBox())!;
  await expect
    .poll(
      async () => {
        const { y } = await screenPosition(page, tour.steps[3].camera.center);
        const mapTop = (await mapContainer(page).boundingBox())!.y;
        return y < caption.y && Math.abs(y - (mapTop + caption.y) / 2) < 40;
      },
      { timeout: 20_000 },
    )
    .toBe(true);

  // Clickers: PageUp goes back; Home and End jump.
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/step=2/u);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(new RegExp(`step=${tour.steps.length - 1}`, 'u'));

  await page.keyboard.press('Escape');
  await expect(present).toHaveCount(0);
  await expect(page).not.toHaveURL(/tour=/u);
  // The map is still usable: the sector filter and search work again.
  await expect(page.getByRole('group', { name: '行业' })).toBeVisible();
  await page.getByRole('searchbox', { name: '搜索' }).fill('五大道');
  await page.getByRole('searchbox', { name: '搜索' }).press('Enter');
  await expect(page.getByRole('region', { name: '五大道' })).toBeVisible();
});

test('a tour link opens the same slide, in English', async ({ page }) => {
  await page.goto('/?tour=central-city&step=2&lang=en');
  await waitForMap(page);
  const present = page.getByRole('region', { name: `Present: ${tour.title.en}` });
  await expect(present.getByText(tour.steps[2].caption.en)).toBeVisible();
  await expect(present.getByText('Step 3 of 7')).toBeVisible();
});

test('the presenter view in a second window follows the main window and drives it', async ({ page, context }) => {
  await page.goto('/?tour=central-city&step=0');
  await waitForMap(page);
  const presenter = await context.newPage();
  await presenter.goto('/?tour=central-city&step=0&presenter=1');
  const view = presenter.getByRole('main', { name: `演讲者视图：${tour.title.zh}` });
  await expect(view.getByText('第 1 / 7 步')).toBeVisible();
  await expect(view.getByText(tour.steps[0].notes.zh)).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(view.getByText('第 2 / 7 步')).toBeVisible();
  await expect(view.getByRole('region', { name: '下一步' })).toContainText(tour.steps[2].caption.zh);

  await view.getByRole('button', { name: '下一步 →' }).click();
  await expect(page).toHaveURL(/step=2/u);
  await expect(page.getByText(tour.steps[2].caption.zh)).toBeVisible();
  await presenter.close();
});
