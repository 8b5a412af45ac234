import { readFileSync } from 'node:fs';
import { CHROMIUM_LAUNCH } from '../../scripts/chromium';
import { expect, test } from './fixtures';

// Chromium with WebGL switched off, as on locked-down office machines and some remote desktops.
test.use({
  launchOptions: { ...CHROMIUM_LAUNCH, args: [...CHROMIUM_LAUNCH.args, '--disable-3d-apis', '--disable-webgl'] },
});

test('without WebGL: a list view with search, sector filter, selection and site packages', async ({ page }) => {
  await page.goto('/');
  const list = page.getByRole('region', { name: /列表视图/u });
  await expect(list).toBeVisible();
  await expect(page.locator('.atlas-map')).toHaveCount(0);
  const zones = list.getByRole('region', { name: /片区（\d+）/u });
  const allZones = await zones.getByRole('listitem').count();
  expect(allZones).toBeGreaterThan(10);

  // Sector filter: unticking finance leaves the zones that have another sector.
  const data = JSON.parse(readFileSync(new URL('../../geodata/zones.geojson', import.meta.url), 'utf8')) as {
    features: Array<{ properties: { sectors: string[] } }>;
  };
  const withoutFinance = data.features.filter((zone) => zone.properties.sectors.some((id) => id !== 'finance'));
  expect(withoutFinance.length).toBeLessThan(allZones);
  await page
    .getByRole('group', { name: '行业' })
    .getByRole('checkbox', { name: /金融服务/u })
    .uncheck();
  await expect(zones.getByRole('listitem')).toHaveCount(withoutFinance.length);
  await page
    .getByRole('group', { name: '行业' })
    .getByRole('checkbox', { name: /金融服务/u })
    .check();

  // Search and select.
  await page.getByRole('searchbox', { name: '搜索' }).fill('柳林');
  await page
    .getByRole('option', { name: /海河柳林设计集聚区/u })
    .first()
    .click();
  const panel = page.getByRole('region', { name: '海河柳林设计集聚区' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('button', { name: '（一）2．设计服务' })).toBeVisible();
  await expect(panel.getByText('“高水平建设海河柳林设计集聚区。”')).toBeVisible();

  // The measures browser works as ever.
  await page.getByRole('tab', { name: '政策措施' }).click();
  await expect(page.getByRole('button', { name: /（一）/u }).first()).toBeVisible();

  // The site package, with its schematic SVG map and QR code.
  await panel.getByRole('button', { name: '招商资料包' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /海河柳林设计集聚区/u })).toBeVisible();
  await expect(page.getByRole('img', { name: /二维码/u })).toBeVisible();

  // Zones can be picked from the list too.
  await page.goBack();
  await page.goto('/');
  await page
    .getByRole('region', { name: /列表视图/u })
    .getByRole('button', { name: '五大道' })
    .click();
  await expect(page.getByRole('region', { name: '五大道' })).toBeVisible();
});
