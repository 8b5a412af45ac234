/**
 * Planners' own table files as they really come: a few broken rows, a WKT geometry column from an
 * OpenStreetMap export, a GBK CSV from Chinese Excel, an .xlsx workbook, and points that are not in Tianjin.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { makeXlsx } from '../support/xlsx';
import { expect, test } from './fixtures';
import { expectCentreNear, waitForMap } from './map-helpers';

const visiblePoints = (page: Page) => page.getByRole('status').filter({ hasText: /显示 .* 个点/u });

async function openAnalysis(page: Page) {
  await page.goto('/?panel=analysis');
  await waitForMap(page);
}

test('a CSV with a few broken rows imports the rest and names the bad lines, with a downloadable list', async ({
  page,
}, testInfo) => {
  const rows = Array.from({ length: 50 }, (_, i) => `S${i + 1},${(117.1 + i / 500).toFixed(4)},39.1`);
  rows[5] = 'S6,117.2,';
  rows[21] = 'S22,东经117度,39.1';
  const file = testInfo.outputPath('enterprises.csv');
  writeFileSync(file, ['name,lng,lat', ...rows].join('\n'));
  await openAnalysis(page);
  await page.getByLabel('导入文件').setInputFiles(file);
  await page.getByRole('form', { name: '导入设置' }).getByRole('button', { name: '导入', exact: true }).click();

  const review = page.getByRole('alert').filter({ hasText: 'enterprises.csv 中有问题' });
  await expect(review).toContainText('48 行可以导入，2 行不能导入');
  await expect(review).toContainText('第 7 行：lat 的值“”不是数字。');
  await expect(review).toContainText('第 23 行：lng 的值“东经117度”不是数字。');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    review.getByRole('button', { name: '下载问题清单（CSV）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('enterprises-problems.csv');
  const report = readFileSync(await download.path(), 'utf8');
  expect(report).toContain('"enterprises.csv","第 7 行"');
  expect(report).toContain('"enterprises.csv","第 23 行","第 23 行：lng 的值“东经117度”不是数字。"');

  await review.getByRole('button', { name: '导入 48 个点' }).click();
  await expect(visiblePoints(page)).toHaveText('显示 48 / 48 个点', { timeout: 30_000 });
  await expect(page.getByText('2 条记录因问题未导入。')).toBeVisible();
  await expect(page.getByRole('button', { name: '下载 enterprises.csv 的问题清单' })).toBeVisible();
  // The points run along 39.1°N from 117.1°E to 117.198°E.
  await page.getByRole('button', { name: '缩放到 enterprises.csv 的范围' }).click();
  await expectCentreNear(page, [117.149, 39.1], 0.02);

  // Cancelling instead imports nothing; a file where nothing is valid is refused; the layer stays.
  const again = testInfo.outputPath('again.csv');
  writeFileSync(again, 'name,lng,lat\nA,117.2,39.1\nB,117.3,北纬39度\n');
  await page.getByLabel('导入文件').setInputFiles(again);
  await page.getByRole('form', { name: '导入设置' }).getByRole('button', { name: '导入', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'again.csv 中有问题' }).getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const none = testInfo.outputPath('none.csv');
  writeFileSync(none, 'name,lng,lat\nA,x,39.1\nB,117.3,y\n');
  await page.getByLabel('导入文件').setInputFiles(none);
  await page.getByRole('form', { name: '导入设置' }).getByRole('button', { name: '导入', exact: true }).click();
  const refused = page.getByRole('alert');
  await expect(refused).toContainText('无法导入 none.csv');
  await expect(refused).toContainText('第 2 行：lng 的值“x”不是数字。');
  await expect(refused).toContainText('已导入的图层保持不变');
  await expect(page.getByRole('radio', { name: /^分析 /u })).toHaveCount(1);
});

test('an OpenStreetMap export with osmid and a WKT geometry column imports from the geometry', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('osm-amenities.csv');
  writeFileSync(
    file,
    [
      'osmid,geometry,name,amenity',
      '1234567890,POINT (117.2106 39.1365),天津站,station',
      '2345678901,POINT (117.7122 39.0136),滨海文化中心,arts_centre',
      '3456789012,"SRID=4326;POINT(117.2 39.1122)",五大道,',
      '4567890123,"LINESTRING (117.1 39.1, 117.2 39.2)",海河步道,',
    ].join('\n'),
  );
  await openAnalysis(page);
  await page.getByLabel('导入文件').setInputFiles(file);
  const settings = page.getByRole('form', { name: '导入设置' });
  await expect(settings.getByRole('radio', { name: '几何列（WKT、EWKT 或 GeoJSON）' })).toBeChecked();
  await expect(settings.getByRole('combobox', { name: /^几何列/u })).toHaveValue('geometry');
  await settings.getByRole('button', { name: '导入', exact: true }).click();
  const review = page.getByRole('alert').filter({ hasText: 'osm-amenities.csv 中有问题' });
  await expect(review).toContainText('第 5 行：“geometry”列是 LineString，不是单个点。');
  await review.getByRole('button', { name: '导入 3 个点' }).click();
  await expect(visiblePoints(page)).toHaveText('显示 3 / 3 个点', { timeout: 30_000 });
  // osmid is a field, not a coordinate; the names came through.
  await expect(page.getByLabel('数值字段').getByRole('option', { name: 'osmid' })).toHaveCount(1);
  await page.getByLabel('分类字段').selectOption({ label: 'name' });
  await expect(page.getByRole('checkbox', { name: /滨海文化中心/u })).toBeVisible();
});

test('a GBK CSV from Chinese Excel imports with its headers and names intact; the encoding can be changed', async ({
  page,
}) => {
  await openAnalysis(page);
  await page.getByLabel('导入文件').setInputFiles(new URL('../fixtures/sites-gbk.csv', import.meta.url).pathname);
  const settings = page.getByRole('form', { name: '导入设置' });
  await expect(settings.getByLabel('文本编码')).toHaveValue('gb18030');
  await expect(settings.getByLabel('经度列')).toHaveValue('经度');
  // Read as UTF-8 instead, the header is garbled and no coordinate columns are found; back to GB18030.
  await settings.getByLabel('文本编码').selectOption('utf-8');
  await expect(settings.getByText('未能从列名或内容识别出位置列，请选择。')).toBeVisible();
  await settings.getByLabel('文本编码').selectOption('gb18030');
  await expect(settings.getByLabel('纬度列')).toHaveValue('纬度');
  await settings.getByRole('button', { name: '导入', exact: true }).click();
  await expect(visiblePoints(page)).toHaveText('显示 3 / 3 个点', { timeout: 30_000 });
  await page.getByLabel('分类字段').selectOption({ label: '名称' });
  await expect(page.getByRole('checkbox', { name: /滨海新区文化中心/u })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /天津站东广场/u })).toBeVisible();
});

test('an .xlsx workbook imports from the chosen sheet', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('园区企业.xlsx');
  writeFileSync(
    file,
    makeXlsx([
      { name: '说明', rows: [['本表由招商局整理']] },
      {
        name: '企业',
        rows: [
          ['企业名称', '位置', null, '员工'],
          [null, '经度', '纬度', null],
          ['甲公司', 117.2106, 39.1365, 120],
          ['乙公司', 117.7122, 39.0136, 80],
        ],
        merges: ['A1:A2', 'B1:C1', 'D1:D2'],
      },
    ]),
  );
  await openAnalysis(page);
  await page.getByLabel('导入文件').setInputFiles(file);
  const settings = page.getByRole('form', { name: '导入设置' });
  await expect(settings.getByLabel('工作表')).toHaveValue('说明');
  await expect(settings.getByText('该工作簿有 2 个工作表。')).toBeVisible();
  await settings.getByLabel('工作表').selectOption('企业');
  await expect(settings.getByLabel('经度列')).toHaveValue('经度');
  await expect(settings.getByLabel('纬度列')).toHaveValue('纬度');
  await settings.getByRole('button', { name: '导入', exact: true }).click();
  await expect(visiblePoints(page)).toHaveText('显示 2 / 2 个点', { timeout: 30_000 });
  await expect(page.getByRole('radio', { name: '分析 园区企业.xlsx' })).toBeChecked();
  // The numeric filter's histogram on a logarithmic value axis, chosen with the keyboard.
  await expect(page.getByLabel('数值字段')).toHaveValue('0');
  const scale = page.getByRole('combobox', { name: /^直方图刻度/u });
  await scale.focus();
  await page.keyboard.press('ArrowDown');
  await expect(scale).toHaveValue('log-values');
  await expect(page.getByText('每根柱跨越相同的数量级比例，适合长尾数据（如面积、营业额）。')).toBeVisible();
  await expect(page.getByRole('img', { name: '员工 的分布' })).toBeVisible();
});

test('points all outside Tianjin are said to be, and swapped columns are named', async ({ page }, testInfo) => {
  const shanghai = testInfo.outputPath('shanghai.csv');
  writeFileSync(shanghai, 'name,lng,lat\n外滩,121.4901,31.2397\n陆家嘴,121.5055,31.2397\n人民广场,121.4737,31.2304\n');
  await openAnalysis(page);
  await page.getByLabel('导入文件').setInputFiles(shanghai);
  await page.getByRole('form', { name: '导入设置' }).getByRole('button', { name: '导入', exact: true }).click();
  await expect(visiblePoints(page)).toHaveText('显示 3 / 3 个点', { timeout: 30_000 });
  await expect(page.getByText('shanghai.csv：全部 3 个点都在天津范围之外。')).toBeVisible();

  // lng/lat exchanged: every latitude is out of range, and the message says why.
  const swapped = testInfo.outputPath('swapped.csv');
  writeFileSync(swapped, 'name,lng,lat\nA,39.1365,117.2106\nB,39.0136,117.7122\n');
  await page.getByLabel('导入文件').setInputFiles(swapped);
  await page.getByRole('form', { name: '导入设置' }).getByRole('button', { name: '导入', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('无法导入 swapped.csv');
  await expect(alert).toContainText('经度和纬度似乎填反了');
  await expect(alert).toContainText('第 2 行：lat 的值“117.2106”超出经纬度范围。');
});
