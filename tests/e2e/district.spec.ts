import { expect, test } from './fixtures';
import { waitForMap } from './map-helpers';

test('the district overview of 滨海新区 lists its zones, places, linked measures and sector mix', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('searchbox', { name: '搜索' }).fill('滨海新区');
  await page.getByRole('option', { name: '滨海新区 行政区' }).click();
  const overview = page.getByRole('region', { name: '滨海新区' });
  await expect(overview).toBeVisible();
  for (const zone of ['于家堡金融区', '东疆综合保税区', '滨海新区算力集聚区']) {
    await expect(overview.getByRole('button', { name: new RegExp(zone, 'u') })).toBeVisible();
  }
  await expect(overview.getByRole('button', { name: '天津港', exact: true })).toBeVisible();
  await expect(overview.getByRole('button', { name: '（二）2．算力和数据服务' })).toBeVisible();
  await expect(overview.getByRole('button', { name: '（十三）深化业态融合集聚发展' })).toBeVisible();
  await expect(overview.getByText(/项措施由各区\/有关区人民政府参与负责/u)).toBeVisible();
  await expect(overview.getByRole('img', { name: /行业构成/u })).toBeVisible();
});

test('thematic views: a district choropleth with a class legend, and zones extruded in 3D', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  const thematic = page.getByRole('group', { name: '专题图' });
  await thematic.getByRole('radio', { name: /分级设色/u }).check();
  await expect(page).toHaveURL(/theme=choropleth/u);
  const legend = thematic.getByRole('list', { name: '图例' });
  await expect(legend.getByRole('listitem').first()).toHaveText('0 项');
  await expect(legend.getByRole('listitem')).not.toHaveCount(1);

  await thematic.getByRole('radio', { name: /三维柱体/u }).check();
  await expect(page).toHaveURL(/theme=extruded/u);
  await expect
    .poll(async () => Number(await page.locator('.atlas-map').getAttribute('data-pitch')), { timeout: 15_000 })
    .toBeGreaterThan(30);

  // Leaving the 3D view lays the map flat again: it was the 3D view that tilted it.
  await thematic.getByRole('radio', { name: '无' }).check();
  await expect
    .poll(async () => Number(await page.locator('.atlas-map').getAttribute('data-pitch')), { timeout: 15_000 })
    .toBe(0);
});
