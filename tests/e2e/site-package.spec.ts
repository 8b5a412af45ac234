import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';

const zones: Array<{ id: string }> = JSON.parse(
  readFileSync(new URL('../../geodata/zones.geojson', import.meta.url), 'utf8'),
).features;

async function pdfPageCount(pdf: Buffer): Promise<number> {
  return (await PDFDocument.load(pdf)).getPageCount();
}

test('the site package of necc-tianjin in English: QR code, map image, facts, A4 PDF of 1–3 pages', async ({
  page,
}) => {
  await page.goto('/?package=necc-tianjin&lang=en');
  const sheet = page.getByRole('main', { name: /Site package · National Exhibition and Convention Center/u });
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(
    'National Exhibition and Convention Center (Tianjin)',
  );
  await expect(sheet.getByText('Measure 5.2 · Convention and exhibition services')).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Airport Tianjin Binhai International Airport/u })).toBeVisible();
  await expect(sheet.getByText(/Data as of 2026-11-30/u)).toBeVisible();

  // The QR code decodes to this page's own link.
  const qr = PNG.sync.read(await sheet.getByRole('img', { name: 'QR code of this package’s link' }).screenshot());
  const decoded = jsQR(new Uint8ClampedArray(qr.data), qr.width, qr.height);
  expect(decoded?.data).toBe(page.url());

  // The map is a drawn image, not a blank box: many pixels differ from the background.
  const mapImage = sheet.getByRole('img', { name: /Map of National Exhibition and Convention Center/u });
  await expect(mapImage.locator('path')).not.toHaveCount(0);
  const map = PNG.sync.read(await mapImage.screenshot());
  const colours = new Set<number>();
  let drawn = 0;
  const [r0, g0, b0] = map.data;
  for (let index = 0; index < map.data.length; index += 4) {
    const [r, g, b] = [map.data[index], map.data[index + 1], map.data[index + 2]];
    colours.add((r << 16) | (g << 8) | b);
    if (Math.abs(r - r0) + Math.abs(g - g0) + Math.abs(b - b0) > 30) drawn += 1;
  }
  expect(colours.size).toBeGreaterThan(20);
  expect(drawn / (map.width * map.height)).toBeGreaterThan(0.05);

  // Print: A4, no controls, 1–3 pages.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  const pages = await pdfPageCount(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
});

test('every zone’s package fits on at most 3 A4 pages, even in both languages', async ({ page }) => {
  test.setTimeout(180_000);
  for (const zone of zones) {
    await page.goto(`/?package=${zone.id}&pkglang=both`);
    await expect(page.getByRole('img', { name: /示意图$/u })).toBeVisible();
    const pages = await pdfPageCount(await page.pdf({ format: 'A4', printBackground: true }));
    expect(pages, zone.id).toBeLessThanOrEqual(3);
  }
});

test('from the map: select a zone, open its site package, download its measures', async ({ page }) => {
  await page.goto('/?sel=zone:haihe-liulin-design');
  await page.getByRole('region', { name: '海河柳林设计集聚区' }).getByRole('button', { name: '招商资料包' }).click();
  const sheet = page.getByRole('main', { name: /招商资料包 · 海河柳林设计集聚区/u });
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('海河柳林设计集聚区');
  await expect(page).toHaveURL(/package=haihe-liulin-design/u);
  await expect(sheet.getByText('（一）2．设计服务', { exact: true })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载相关措施 CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('haihe-liulin-design-measures.csv');
  const bytes = readFileSync(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('（一）2．设计服务');

  const geojson = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载片区范围（GIS 文件）' }).click();
  const zone = JSON.parse(readFileSync(await (await geojson).path(), 'utf8'));
  expect(zone.features[0].id).toBe('haihe-liulin-design');

  await page.getByRole('button', { name: '← 返回地图' }).click();
  await expect(page.getByRole('region', { name: '海河柳林设计集聚区' })).toBeVisible();
});

test('compare xiaobailou-cbd with jiefang-north-road: both columns show their measures', async ({ page }) => {
  await page.goto('/?compare=xiaobailou-cbd,jiefang-north-road');
  const table = page.getByRole('main', { name: '片区对比' }).getByRole('table');
  await expect(table.getByRole('columnheader', { name: '小白楼中央商务区' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '解放北路金融历史文化区' })).toBeVisible();
  const explicit = table.getByRole('row', { name: /^原文点名/u });
  await expect(explicit.getByRole('cell')).toHaveText(['（十三）深化业态融合集聚发展', '（十三）深化业态融合集聚发展']);
  const sector = table.getByRole('row', { name: /^同行业措施/u }).getByRole('cell');
  await expect(sector.nth(0)).toContainText('（五）4．广告服务');
  await expect(sector.nth(1)).toContainText('（九）1．文化和旅游');

  await page.getByRole('combobox', { name: '片区 3' }).selectOption('wudadao');
  await expect(table.getByRole('columnheader', { name: '五大道' })).toBeVisible();
  await expect(page).toHaveURL(/compare=xiaobailou-cbd%2Cjiefang-north-road%2Cwudadao/u);
});

test('compare in English: English names, a map per zone, station distances, rows aligned across zones', async ({
  page,
}) => {
  await page.goto('/?compare=xiaobailou-cbd,jiefang-north-road,necc-tianjin&lang=en');
  const sheet = page.getByRole('main', { name: 'Compare zones' });
  const table = sheet.getByRole('table');
  for (const name of [
    'Xiaobailou Central Business District',
    'Jiefang North Road Financial and Historical-Cultural Area',
    'National Exhibition and Convention Center (Tianjin)',
  ]) {
    await expect(table.getByRole('columnheader', { name })).toBeVisible();
    await expect(table.getByRole('img', { name: `Map of ${name} and its surroundings` })).toBeVisible();
  }
  await expect(table.getByRole('row', { name: /^Tianjin West railway station/u })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Tianjin Binhai International Airport/u })).toBeVisible();
  expect(await sheet.innerText()).not.toMatch(/片区对比|原文点名|公里|同行业/u);

  // Every row's cells start at the same height in every zone's column.
  const rows = table.getByRole('row');
  const count = await rows.count();
  expect(count).toBeGreaterThan(10);
  for (let index = 0; index < count; index += 1) {
    const tops = await rows
      .nth(index)
      .getByRole('cell')
      .evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().top)));
    if (tops.length > 0) expect(new Set(tops).size, `row ${index}: ${tops.join(', ')}`).toBe(1);
  }
});

/** The sheet's text without the map's SVG labels and without text marked as Chinese (quoted official sentences). */
async function sheetText(page: import('@playwright/test').Page, name: RegExp | string): Promise<string> {
  return page.getByRole('main', { name }).evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('svg, [lang^="zh"]').forEach((element) => element.remove());
    return copy.innerText;
  });
}

test('the English package uses English punctuation, states the policy correctly and names its sources plainly', async ({
  page,
}) => {
  for (const zone of ['necc-tianjin', 'xiaobailou-cbd', 'haihe-liulin-design', 'wuqing-compute']) {
    await page.goto(`/?package=${zone}&lang=en`);
    const text = await sheetText(page, /^Site package · /u);
    expect(text.match(/[：（），。；、]/gu), `${zone}: ${text}`).toBeNull();
    expect(text).toContain(
      "Policy: Tianjin Municipal People's Government, “Measures of Tianjin Municipality to Expand and Upgrade the Service Industry” (2026-06-11), implementing “Opinions of the State Council on Expanding and Upgrading the Service Industry” (Guo Fa [2026] No. 7)",
    );
  }
  const sources = page
    .getByRole('main')
    .getByRole('paragraph')
    .filter({ hasText: /^Data sources:/u });
  await expect(sources).toBeVisible();
  await expect(sources).toContainText('District boundaries: AMap');
  await expect(sources).not.toContainText(/npm|README|shared/iu);
  await page.goto('/?package=necc-tianjin&pkglang=zh');
  await expect(
    page
      .getByRole('main')
      .getByRole('paragraph')
      .filter({ hasText: /^政策依据：/u }),
  ).toHaveText(
    '政策依据：天津市人民政府《天津市推动服务业扩能提质的若干措施》（2026-06-11），根据《国务院关于推进服务业扩能提质的意见》（国发〔2026〕7号）制定',
  );
  await expect(
    page
      .getByRole('main')
      .getByRole('paragraph')
      .filter({ hasText: /^数据来源：/u }),
  ).not.toContainText(/npm|README|shared/iu);
});

test('package and compare print to at most 3 A4 pages in zh, en and both, without the toolbar', async ({ page }) => {
  test.setTimeout(120_000);
  for (const url of ['/?package=xiaobailou-cbd', '/?compare=xiaobailou-cbd,jiefang-north-road,necc-tianjin']) {
    for (const lang of ['zh', 'en', 'both']) {
      await page.goto(`${url}&pkglang=${lang}`);
      await expect(page.getByRole('img', { name: /示意图$|^Map of /u }).first()).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation')).toBeHidden();
      await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
      await page.emulateMedia({ media: null }); // page.pdf() prints with print styles, as a user's browser does
      const pages = await pdfPageCount(await page.pdf({ format: 'A4', printBackground: true }));
      expect(pages, `${url} ${lang}`).toBeLessThanOrEqual(3);
    }
  }
});

test('package and compare maps: the zone named beside its shape, labels by their dots, the scale bar clear of the map, 公里 in Chinese, both names when bilingual', async ({
  page,
}) => {
  const check = async (url: string, unit: RegExp) => {
    await page.goto(url);
    const maps = page.locator('svg.package-map');
    await expect(maps.first()).toBeVisible();
    for (const map of await maps.all()) {
      const report = await map.evaluate((svg) => {
        const box = (element: Element) => {
          const rect = element.getBoundingClientRect();
          return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
        };
        const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const zoneLabel = svg.querySelector('[data-label^="zone:"]');
        // The selected zone is the path drawn with the thick dashed outline.
        const zone = svg.querySelector('path[stroke-width="2.5"]');
        const band = svg.querySelector('.band');
        const mapArea = svg.querySelector('g[clip-path] > rect');
        const far: string[] = [];
        for (const label of svg.querySelectorAll('[data-label^="place:"]')) {
          const labelBox = box(label);
          const dots = [...svg.querySelectorAll('circle')].map(box);
          const distance = Math.min(
            ...dots.map((dot) => {
              const dx = Math.max(dot.left - labelBox.right, labelBox.left - dot.right, 0);
              const dy = Math.max(dot.top - labelBox.bottom, labelBox.top - dot.bottom, 0);
              return Math.hypot(dx, dy);
            }),
          );
          if (distance > 8) far.push(`${label.textContent} ${Math.round(distance)} px`);
        }
        return {
          zoneLabel: zoneLabel?.textContent ?? '',
          zoneLabelOverZone: zoneLabel && zone ? overlap(box(zoneLabel), box(zone)) : true,
          bandBelowMap: band && mapArea ? box(band).top >= box(mapArea).bottom - 1 : false,
          scale: svg.querySelector('.scale')?.textContent ?? '',
          far,
        };
      });
      expect(report.zoneLabel, url).not.toBe('');
      expect(report.zoneLabelOverZone, `${url}: ${report.zoneLabel}`).toBe(false);
      expect(report.bandBelowMap, url).toBe(true);
      expect(report.scale, url).toMatch(unit);
      expect(report.far, url).toEqual([]);
    }
  };
  await check('/?package=necc-tianjin', /^\d+ 公里$/u);
  await check('/?package=necc-tianjin&lang=en', /^\d+ km$/u);
  await check('/?compare=xiaobailou-cbd,necc-tianjin,project-117', /^\d+ 公里$/u);
  await check('/?compare=xiaobailou-cbd,necc-tianjin,project-117&lang=en', /^\d+ km$/u);
  await check('/?package=xiaobailou-cbd&pkglang=both', /^\d+ 公里 \/ km$/u);
  // The bilingual map names the zone in both languages.
  await expect(page.locator('svg.package-map [data-label^="zone:"]')).toHaveText(
    '小白楼中央商务区Xiaobailou Central Business District',
  );
});

test('the bilingual package keeps its Chinese and English columns level, row by row', async ({ page }) => {
  await page.goto('/?package=xiaobailou-cbd&pkglang=both');
  const sheet = page.getByRole('main');
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveCount(2);
  // Each pair of blocks that say the same thing in both languages starts at the same height.
  const pairs = await sheet.evaluate((main) => {
    const top = (element: Element | null) => Math.round(element?.getBoundingClientRect().top ?? -1);
    const zh = [...main.querySelectorAll('[lang="zh"] > *, [lang="zh"]')].filter(
      (element) => element.closest('svg') === null,
    );
    const en = [...main.querySelectorAll('[lang="en"] > *, [lang="en"]')].filter(
      (element) => element.closest('svg') === null,
    );
    return { zh: zh.map(top), en: en.map(top), count: [zh.length, en.length] };
  });
  expect(pairs.count[0]).toBe(pairs.count[1]);
  expect(pairs.zh).toEqual(pairs.en);
});

test('printed comparison: maps at a legible size, pages filled, no developer jargon, in zh, en and both', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // A4 less 12 mm margins at 96 px per inch.
  const A4_CONTENT = { width: Math.round((186 / 25.4) * 96), height: Math.round((273 / 25.4) * 96) };
  for (const lang of ['zh', 'en', 'both']) {
    await page.goto(`/?compare=xiaobailou-cbd,necc-tianjin,project-117&pkglang=${lang}`);
    await expect(page.getByRole('img', { name: /示意图$|^Map of /u }).first()).toBeVisible();
    await page.setViewportSize(A4_CONTENT);
    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByRole('main');
    for (const map of await sheet.getByRole('img').all()) {
      // At least 50 mm wide on paper.
      expect((await map.boundingBox())?.width ?? 0, lang).toBeGreaterThan((50 / 25.4) * 96);
    }
    const height = await sheet.evaluate((main) => main.getBoundingClientRect().height);
    const pages = Math.ceil(height / A4_CONTENT.height);
    expect(pages, lang).toBeLessThanOrEqual(3);
    expect(height / (pages * A4_CONTENT.height), `${lang}: share of the printed pages used`).toBeGreaterThan(0.5);
    expect(await sheet.innerText()).not.toMatch(/GeoJSON|Centroid|Provenance|echarts|npm|administrative centre/iu);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});
