import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { interiorPoint } from '../../src/lib/map/project';
import { expect, test } from './fixtures';
import { expectCentreNear, mapContainer, screenPosition, waitForMap } from './map-helpers';

const zones = JSON.parse(readFileSync(new URL('../../geodata/zones.geojson', import.meta.url), 'utf8'));
/** A point guaranteed to lie inside the zone, [lng, lat]. */
function inside(id: string): [number, number] {
  const zone = zones.features.find((feature: { id: string }) => feature.id === id);
  return interiorPoint(zone.geometry) as [number, number];
}

test('search 柳林, choose the design cluster: explicit link with the quoted sentence, map flies there', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMap(page);
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.click();
  await search.pressSequentially('柳林');
  const option = page.getByRole('option', { name: /海河柳林设计集聚区/u });
  await expect(option).toBeVisible();
  await search.press('ArrowDown');
  await search.press('Enter');

  const panel = page.getByRole('region', { name: '海河柳林设计集聚区' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('button', { name: '（一）2．设计服务' })).toBeVisible();
  await expect(panel.getByText('原文点名')).toBeVisible();
  await expect(panel.getByText('“高水平建设海河柳林设计集聚区。”')).toBeVisible();
  await expect(panel.getByText('示意范围', { exact: true })).toBeVisible();
  await expectCentreNear(page, inside('haihe-liulin-design'), 0.05);
  await expect(page).toHaveURL(/sel=zone%3Ahaihe-liulin-design/u);
});

test('clicking a zone on the map canvas selects it', async ({ page }) => {
  const [lng, lat] = inside('wudadao');
  await page.goto(`/?view=${lng},${lat},14`);
  await waitForMap(page);
  const { x, y } = await screenPosition(page, [lng, lat]);
  await page.mouse.click(x, y);
  await expect(page.getByRole('region', { name: '五大道' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: '五大道' }).getByRole('button', { name: '（九）1．文化和旅游' }),
  ).toBeVisible();
});

test('unticking a sector hides its zones on the map and its measures in the lists, and counts update', async ({
  page,
}) => {
  const point = inside('yuanyang-wanghai-shipping');
  await page.goto(`/?view=${point[0]},${point[1]},14.5`);
  await waitForMap(page);
  const summary = page.getByRole('status').filter({ hasText: '当前显示' });
  await expect(summary).toContainText('41 项措施');

  // Before: clicking the shipping cluster selects it.
  const before = await screenPosition(page, point);
  await page.mouse.click(before.x, before.y);
  const shipping = page.getByRole('region', { name: '远洋—旺海航运服务集聚区' });
  await expect(shipping).toBeVisible();
  await shipping.getByRole('button', { name: '关闭' }).click();

  const sectors = page.getByRole('group', { name: '行业' });
  await sectors.getByRole('checkbox', { name: /现代运输与航运/u }).uncheck();
  await expect(summary).toContainText('37 项措施');
  await expect(summary).toContainText('16 个片区');
  await expect(page).toHaveURL(/sectors=/u);

  // After: the cluster is gone from the map; the same click lands on what lies beneath it.
  const after = await screenPosition(page, point);
  await page.mouse.click(after.x, after.y);
  await expect(page.getByRole('complementary', { name: '选中项' }).getByRole('region')).toBeVisible();
  await expect(shipping).toHaveCount(0);

  await page.getByRole('tab', { name: '政策措施' }).click();
  await expect(page.getByRole('button', { name: '（四）1．航运服务' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '（三）1．科技金融' })).toBeVisible();
  await expect(page.getByText('显示 37 / 41 项措施')).toBeVisible();
});

/** The mean colour of a few pixels around a point of the page (hover text sits clear of the pointer). */
async function sample(page: Page, { x, y }: { x: number; y: number }): Promise<number[]> {
  const shot = PNG.sync.read(await page.screenshot({ clip: { x: x - 3, y: y - 3, width: 6, height: 6 } }));
  const sum = [0, 0, 0];
  for (let index = 0; index < shot.data.length; index += 4) {
    for (const channel of [0, 1, 2]) sum[channel] += shot.data[index + channel]!;
  }
  return sum.map((value) => value / (shot.data.length / 4));
}
const difference = (a: number[], b: number[]) =>
  a.reduce((total, value, index) => total + Math.abs(value - b[index]!), 0);

test('hovering a zone names it in plain text and draws it stronger; a filtered-out zone no longer answers', async ({
  page,
}) => {
  const point = inside('yuanyang-wanghai-shipping');
  await page.goto(`/?view=${point[0]},${point[1]},14.5`);
  await waitForMap(page);
  const at = await screenPosition(page, point);
  const plain = await sample(page, at);
  await page.mouse.move(at.x, at.y);
  const tooltip = page.locator('.atlas-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText(/远洋—旺海航运服务集聚区\n?示意范围/u);
  await expect.poll(async () => difference(await sample(page, at), plain)).toBeGreaterThan(6);

  await page
    .getByRole('group', { name: '行业' })
    .getByRole('checkbox', { name: /现代运输与航运/u })
    .uncheck();
  await page.mouse.move(at.x, at.y);
  await page.mouse.move(at.x + 1, at.y + 1);
  // What lies beneath it (the Haihe waterfront) answers the pointer now.
  await expect(tooltip).toContainText('海河');
  await expect(tooltip).not.toContainText('远洋—旺海');
});

test('a sector filtered out takes its zones off the map: the spot looks as it does with no zones drawn', async ({
  page,
}) => {
  // 国家会展中心: one sector (business services), no other zone at this point.
  const point = inside('necc-tianjin');
  await page.goto(`/?view=${point[0]},${point[1]},14`);
  await waitForMap(page);
  const at = await screenPosition(page, point);
  const drawn = await sample(page, at);
  await page
    .getByRole('group', { name: '行业' })
    .getByRole('checkbox', { name: /商务服务/u })
    .uncheck();
  await waitForMap(page);
  await expect.poll(async () => difference(await sample(page, at), drawn)).toBeGreaterThan(15);
  const filtered = await sample(page, at);
  await page.getByRole('group', { name: '图层' }).getByRole('checkbox', { name: '片区' }).uncheck();
  await waitForMap(page);
  await page.waitForTimeout(500);
  expect(difference(await sample(page, at), filtered)).toBeLessThan(6);
});

test('opening （十三） in the measures browser highlights the zones it names', async ({ page }) => {
  await page.goto('/');
  await waitForMap(page);
  await page.getByRole('tab', { name: '政策措施' }).click();
  await page.getByRole('button', { name: '（十三）深化业态融合集聚发展' }).click();
  const panel = page.getByRole('region', { name: '（十三）深化业态融合集聚发展' });
  await expect(panel).toBeVisible();
  for (const name of [
    '小白楼中央商务区',
    '解放北路金融历史文化区',
    '远洋—旺海航运服务集聚区',
    '金街国际消费中心城市标志区',
  ]) {
    // Once among the measure's targets, once among the names its text gives (the gazetteer).
    await expect(panel.getByRole('button', { name })).toHaveCount(2);
    await expect(panel.getByRole('list', { name: '原文点名的名称' }).getByRole('button', { name })).toBeVisible();
  }
  await expect(mapContainer(page)).toHaveAttribute('data-highlight', /xiaobailou-cbd/u);
  await expect(mapContainer(page)).toHaveAttribute('data-highlight', /project-117/u);
});

test('switching to English changes panels, names and title; the URL reloads into the same state', async ({ page }) => {
  await page.goto('/?sel=zone:xiaobailou-cbd');
  await waitForMap(page);
  await expect(page.getByRole('region', { name: '小白楼中央商务区' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveTitle('Tianjin Service Atlas');
  const panel = page.getByRole('region', { name: 'Xiaobailou Central Business District' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('Named in the text')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Sectors' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Measures' })).toBeVisible();
  await expect(page).toHaveURL(/lang=en/u);

  await page.reload();
  await waitForMap(page);
  await expect(page.getByRole('region', { name: 'Xiaobailou Central Business District' })).toBeVisible();
  await expect(page.getByRole('button', { name: '中文' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const query of [
  'view=abc,def,ghi',
  'view=999,999,99',
  'sel=zone:atlantis&sectors=mining,quarrying&layers=x',
  'lang=klingon&basemap=google&panel=%00%FF',
  `sel=${'%3Cscript%3E'.repeat(500)}`,
  'sel=measure:99.9&sel=zone:wudadao&view=NaN,NaN,NaN',
]) {
  test(`a malformed URL opens the default view with no error: ${query.slice(0, 40)}`, async ({ page }) => {
    await page.goto(`/?${query}`);
    await waitForMap(page);
    await expect(page).toHaveTitle('天津服务业扩能提质地图');
    await expect(page.getByRole('searchbox', { name: '搜索' })).toBeVisible();
    await expect(page.getByRole('group', { name: '行业' }).getByRole('checkbox')).toHaveCount(13);
  });
}
