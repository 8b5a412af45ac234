import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateCsv } from '../../src/lib/analysis/generate';
import { expect, test } from './fixtures';
import { waitForMap } from './map-helpers';

const visible = (page: Page) => page.getByRole('status').filter({ hasText: /显示 .* 个点/u });
const saved = (page: Page) => page.getByRole('list', { name: '已保存的图层' });

async function importCsv(page: Page, file: string): Promise<void> {
  await page.getByLabel('导入文件').setInputFiles(file);
  await page.getByRole('form', { name: '导入设置' }).getByRole('button', { name: '导入', exact: true }).click();
}

/** How the layer's display stands in IndexedDB (written after each change, off the page's thread). */
function storedDisplay(page: Page, fileName: string) {
  return page.evaluate(
    (name) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('tianjin-service-atlas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('layers').objectStore('layers').getAll();
          request.onsuccess = () => {
            const records = request.result as Array<{ fileName: string; display: unknown }>;
            open.result.close();
            resolve(records.find((record) => record.fileName === name)?.display ?? null);
          };
        };
      }),
    fileName,
  );
}

test('imported layers and their filters are still there after a reload; deleted ones are gone for good', async ({
  page,
}, testInfo) => {
  // Three page loads on a busy machine.
  test.setTimeout(150_000);
  const first = testInfo.outputPath('企业名录.csv');
  writeFileSync(first, generateCsv(1_500, 21));
  const second = testInfo.outputPath('sites.csv');
  writeFileSync(second, generateCsv(2_000, 22));

  await page.goto('/?panel=analysis');
  await waitForMap(page);
  const section = page.getByRole('region', { name: '保存在此浏览器中' });
  await expect(section).toContainText('从不离开本机');
  await expect(section).toContainText('尚未保存任何图层。');

  await importCsv(page, first);
  await expect(visible(page)).toHaveText('显示 1,500 / 1,500 个点');
  await importCsv(page, second);
  await expect(visible(page)).toHaveText('显示 2,000 / 2,000 个点');
  await expect(saved(page).getByRole('listitem')).toHaveCount(2);
  await expect(saved(page).getByRole('listitem').first()).toContainText('企业名录.csv');
  await expect(saved(page).getByRole('listitem').nth(1)).toContainText(/sites\.csv.*保存 · \d+(\.\d)? KB/u);

  // Filter sites.csv: only some kinds, and a higher minimum area.
  await page.getByLabel('分类字段').selectOption({ label: 'kind' });
  await page.getByRole('checkbox', { name: /^物流/u }).uncheck();
  await page.getByRole('checkbox', { name: /^文旅/u }).uncheck();
  const minimum = page.getByRole('slider', { name: '最小值' });
  await minimum.focus();
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
  const text = (await visible(page).textContent()) ?? '';
  const passing = Number(text.match(/显示 ([\d,]+)/u)?.[1].replaceAll(',', ''));
  expect(passing).toBeGreaterThan(0);
  expect(passing).toBeLessThan(2_000);
  // Written to IndexedDB as it changes: wait for the last change before reloading.
  const lowest = Number(await minimum.inputValue());
  await expect
    .poll(async () => {
      const stored = (await storedDisplay(page, 'sites.csv')) as { allowed: string[]; range: number[] } | null;
      return stored && { allowed: [...stored.allowed].sort(), lowest: Math.abs(stored.range[0] - lowest) < 1e-6 };
    })
    .toEqual({ allowed: ['商务', '研发', '零售'].sort(), lowest: true });

  await page.reload();
  await waitForMap(page);
  // Both come back in the order they were imported, the last one active with its filter.
  await expect(visible(page)).toHaveText(text, { timeout: 30_000 });
  await expect(page.getByRole('radio', { name: /^分析 /u })).toHaveCount(2);
  await expect(page.getByRole('radio', { name: '分析 sites.csv' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^物流/u })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^商务/u })).toBeChecked();
  await expect(page.getByLabel('分类字段')).toHaveValue('0');
  await page.getByRole('radio', { name: '分析 企业名录.csv' }).check();
  await expect(visible(page)).toHaveText('显示 1,500 / 1,500 个点');

  // The list in English.
  await page.getByRole('button', { name: 'English' }).click();
  const savedEn = page.getByRole('region', { name: 'Saved in this browser' });
  await expect(savedEn).toContainText('never leave this machine');
  await expect(savedEn.getByRole('button', { name: 'Delete sites.csv from this browser' })).toBeVisible();
  await expect(savedEn.getByRole('list', { name: 'Saved layers' }).getByRole('listitem').first()).toContainText(
    /企业名录\.csv\s*saved .* · \d+(\.\d)? KB/u,
  );
  await page.getByRole('button', { name: '中文' }).click();

  // One removed from the map, the other deleted from the saved list: both are gone, now and after a reload.
  await page.getByRole('button', { name: '移除 企业名录.csv' }).click();
  await expect(saved(page).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: '从此浏览器删除 sites.csv' }).click();
  await expect(page.getByRole('radio', { name: /^分析 /u })).toHaveCount(0);
  await expect(section).toContainText('尚未保存任何图层。');
  await expect.poll(() => storedDisplay(page, 'sites.csv')).toBeNull();

  await page.reload();
  await waitForMap(page);
  await expect(section).toContainText('尚未保存任何图层。');
  await expect(page.getByRole('radio', { name: /^分析 /u })).toHaveCount(0);
});

test('storage full is said, with the space used; the layer stays on the map', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Object.defineProperty(navigator.storage, 'estimate', {
      value: async () => ({ usage: 50 * 1024 * 1024, quota: 60 * 1024 * 1024 }),
    });
  });
  const file = testInfo.outputPath('sites.csv');
  writeFileSync(file, generateCsv(500, 3));
  await page.goto('/?panel=analysis');
  await waitForMap(page);
  await importCsv(page, file);
  await expect(visible(page)).toHaveText('显示 500 / 500 个点');
  await expect(page.getByRole('alert')).toHaveText(/未保存 sites\.csv：浏览器存储已满（已用 50 MB，共 60 MB）。/u);
  await expect(saved(page)).toHaveCount(0);
});

test('a browser without IndexedDB is told that imported layers will not be kept', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  const file = testInfo.outputPath('sites.csv');
  writeFileSync(file, generateCsv(500, 4));
  await page.goto('/?panel=analysis');
  await waitForMap(page);
  const section = page.getByRole('region', { name: '保存在此浏览器中' });
  await expect(section).toContainText('此浏览器不保存导入的图层（隐私模式或存储已禁用）；关闭页面后它们将丢失。');
  await importCsv(page, file);
  await expect(visible(page)).toHaveText('显示 500 / 500 个点');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
