import { expect, test } from './fixtures';
import { mapContainer, waitForMap } from './map-helpers';

const FTZ_AREAS = ['自贸试验区天津港东疆片区', '自贸试验区天津机场片区', '自贸试验区滨海新区中心商务片区'];

test('measure 6.1 names the pilot free trade zone: its three areas are listed, highlighted on the map and selectable', async ({
  page,
}) => {
  await page.goto('/?sel=measure:6.1');
  await waitForMap(page);
  const panel = page.getByRole('region', { name: '（六）1．口岸贸易' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: '原文点名的名称' })).toBeVisible();
  const list = panel.getByRole('list', { name: '原文点名的名称' });
  const ftz = list.getByRole('listitem').filter({ hasText: '自贸试验区（中国（天津）自由贸易试验区）' });
  await expect(ftz.getByText('地图已标出')).toBeVisible();
  for (const name of FTZ_AREAS) await expect(ftz.getByRole('button', { name })).toBeVisible();
  const bonded = list.getByRole('listitem').filter({ hasText: '综合保税区（“综保”）' });
  await expect(bonded.getByText('无法在地图上标出')).toBeVisible();

  await panel.getByRole('button', { name: '在地图上显示' }).click();
  for (const id of ['ftz-dongjiang', 'ftz-airport', 'ftz-binhai-cbd'])
    await expect(mapContainer(page)).toHaveAttribute('data-highlight', new RegExp(id, 'u'));

  await ftz.getByRole('button', { name: '自贸试验区天津机场片区' }).click();
  await expect(page.getByRole('region', { name: '自贸试验区天津机场片区' })).toBeVisible();
  await expect(page).toHaveURL(/sel=zone%3Aftz-airport/u);
});

test('in English the measure panel gives each designation its status and says why an unmapped one is not drawn', async ({
  page,
}) => {
  await page.goto('/?sel=measure:4.1&lang=en');
  await waitForMap(page);
  const panel = page.getByRole('region', { name: /^Measure 4\.1 · /u });
  await expect(panel.getByRole('heading', { name: 'Names in the text' })).toBeVisible();
  const list = panel.getByRole('list', { name: 'Names in the text' });
  const centre = list
    .getByRole('listitem')
    .filter({ hasText: 'the Maritime Arbitration Centre of the Tianjin Arbitration Commission' });
  await expect(centre.getByText('Not on the map')).toBeVisible();
  await expect(centre.getByText(/yet to be set up/u)).toBeVisible();
  const port = list.getByRole('listitem').filter({ hasText: 'Port of Tianjin' });
  await expect(port.getByText('On the map', { exact: true })).toBeVisible();
});

test('the site package lists what its measures name with their status, in Chinese and English side by side', async ({
  page,
}) => {
  await page.goto('/?package=ftz-dongjiang&pkglang=both');
  const sheet = page.getByRole('main', { name: /招商资料包 · 自贸试验区天津港东疆片区/u });
  // The package is a lazily loaded page: give it time on a busy machine.
  await expect(sheet.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 30_000 });

  const zh = sheet.getByRole('list', { name: '措施原文点名的地点和项目' });
  const ftz = zh.getByRole('listitem').filter({ hasText: '自贸试验区（中国（天津）自由贸易试验区）' });
  await expect(ftz.getByText('地图已标出')).toBeVisible();
  await expect(ftz.getByText('见措施（六）1')).toBeVisible();
  // On paper the names are text, not buttons.
  await expect(ftz.getByRole('button')).toHaveCount(0);
  await expect(ftz.getByText('自贸试验区天津机场片区')).toBeVisible();

  const en = sheet.getByRole('list', { name: 'Places and programmes the measures name' });
  const bonded = en.getByRole('listitem').filter({ hasText: 'comprehensive bonded zones' });
  await expect(bonded.getByText('Not on the map')).toBeVisible();
  await expect(bonded.getByText('Measure 6.1', { exact: true })).toBeVisible();
  await expect(bonded.getByText(/does not say which comprehensive bonded zone/u)).toBeVisible();
});
