import { describe, expect, it } from 'vitest';
import { readGeodataFiles } from '../../../tests/support/geodata';
import { hasRightHandWinding } from '../domain/geometry';
import { formatIssue, validateGeodata } from './validate';

const real = readGeodataFiles();

/** A copy of the real geodata with one JSON file changed by `mutate`. */
function withJson(file: string, mutate: (data: any) => void): Record<string, string> {
  const data = JSON.parse(real[file]);
  mutate(data);
  return { ...real, [file]: JSON.stringify(data) };
}

const zone = (data: any, id: string) => data.features.find((feature: any) => feature.id === id);

function expectError(
  files: Record<string, string | undefined>,
  expected: { file?: string; id?: string; message: RegExp },
) {
  const result = validateGeodata(files);
  expect(result.dataset).toBeNull();
  const match = result.errors.find(
    (issue) =>
      (expected.file === undefined || issue.file === expected.file) &&
      (expected.id === undefined || issue.id === expected.id) &&
      expected.message.test(issue.message),
  );
  expect(match, `errors were:\n${result.errors.map((issue) => formatIssue(issue)).join('\n')}`).toBeDefined();
}

describe('validateGeodata on the real geodata/', () => {
  const result = validateGeodata(real);

  it('accepts it with no errors', () => {
    expect(result.errors.map((issue) => formatIssue(issue))).toEqual([]);
    expect(result.dataset?.measures).toHaveLength(41);
  });

  it('links every zone and place the text names to the measures that name it', () => {
    const explicit = (result.dataset?.links ?? [])
      .filter((link) => link.relation === 'explicit')
      .map((link) => `${link.measure} → ${link.target.id}${link.names === 'area' ? ' (area)' : ''}`);
    expect(explicit).toEqual([
      '1.2 → haihe-liulin-design',
      '1.4 → tianjin-otc',
      '2.2 → binhai-compute (area)',
      '2.2 → wuqing-compute (area)',
      '4.1 → tianjin-port',
      '4.2 → binhai-airport (area)',
      '4.4 → china-europe-rail-hub',
      '5.2 → necc-tianjin',
      '5.4 → haihe-waterfront',
      '6.1 → ftz-airport (area)',
      '6.1 → ftz-binhai-cbd (area)',
      '6.1 → ftz-dongjiang (area)',
      '9.1 → wudadao',
      '13 → haihe-waterfront',
      '13 → jiefang-north-road',
      '13 → jinjie',
      '13 → project-117',
      '13 → station-areas (area)',
      '13 → xiaobailou-cbd',
      '13 → yuanyang-wanghai-shipping',
    ]);
  });

  it('links the districts the text names', () => {
    const district = (result.dataset?.links ?? [])
      .filter((link) => link.relation === 'district')
      .map((link) => `${link.measure} → ${link.target.id}`);
    expect(district).toEqual(['2.2 → 120114', '2.2 → 120116', '13 → 120116']);
  });

  it('quotes the sentence that names the design cluster', () => {
    const link = result.dataset?.links.find((candidate) => candidate.target.id === 'haihe-liulin-design');
    expect(link?.evidence).toEqual({ sentence: '高水平建设海河柳林设计集聚区。', match: '海河柳林设计集聚区' });
  });

  it('leaves every curated link inferred, with a rationale and no evidence', () => {
    const inferred = (result.dataset?.links ?? []).filter((link) => link.relation === 'inferred');
    expect(inferred.length).toBeGreaterThan(0);
    for (const link of inferred) {
      expect(link.rationale?.zh.length).toBeGreaterThan(0);
      expect(link.evidence).toBeUndefined();
    }
  });
});

describe('validateGeodata refuses broken data, naming file and feature', () => {
  it('reports a file that is not JSON', () => {
    expectError(
      { ...real, 'zones.geojson': '{"type": "FeatureCollection", ' },
      { file: 'zones.geojson', message: /not valid JSON/u },
    );
  });

  it('reports a missing file', () => {
    expectError({ ...real, 'places.geojson': undefined }, { file: 'places.geojson', message: /file is missing/u });
  });

  it('reports a schema violation with the feature id', () => {
    const files = withJson('zones.geojson', (data) => delete zone(data, 'xiaobailou-cbd').properties.name.en);
    expectError(files, { file: 'zones.geojson', id: 'xiaobailou-cbd', message: /properties\.name\.en/u });
  });

  it('reports a ring that is not closed', () => {
    const files = withJson('zones.geojson', (data) => zone(data, 'wudadao').geometry.coordinates[0].pop());
    expectError(files, { file: 'zones.geojson', id: 'wudadao', message: /not closed/u });
  });

  it('rewinds a clockwise ring instead of rejecting it', () => {
    const files = withJson('zones.geojson', (data) => zone(data, 'wudadao').geometry.coordinates[0].reverse());
    const result = validateGeodata(files);
    expect(result.errors).toEqual([]);
    expect(result.warnings.some((issue) => issue.id === 'wudadao' && /rewound/u.test(issue.message))).toBe(true);
    const fixed = result.dataset?.zones.features.find((feature) => feature.id === 'wudadao');
    expect(fixed && hasRightHandWinding(fixed.geometry)).toBe(true);
  });

  it('reports a self-intersecting polygon', () => {
    const files = withJson('zones.geojson', (data) => {
      const ring = zone(data, 'yujiapu-finance').geometry.coordinates[0];
      [ring[1], ring[2]] = [ring[2], ring[1]];
    });
    expectError(files, { file: 'zones.geojson', id: 'yujiapu-finance', message: /intersects itself/u });
  });

  it('reports swapped latitude and longitude as outside Tianjin', () => {
    const files = withJson('places.geojson', (data) => {
      const place = zone(data, 'tianjin-station');
      place.geometry.coordinates = [...place.geometry.coordinates].reverse();
    });
    expectError(files, { file: 'places.geojson', id: 'tianjin-station', message: /outside Tianjin's bounds/u });
  });

  it('reports a zone that lies outside the districts it names', () => {
    const files = withJson('zones.geojson', (data) => {
      const properties = zone(data, 'xiaobailou-cbd').properties;
      properties.district = '120116';
      properties.districts = ['120116'];
    });
    expectError(files, {
      file: 'zones.geojson',
      id: 'xiaobailou-cbd',
      message: /of the zone lies inside its districts 120116/u,
    });
  });

  it('reports a place that is not inside its district', () => {
    const files = withJson('places.geojson', (data) => (zone(data, 'binhai-airport').properties.district = '120101'));
    expectError(files, { file: 'places.geojson', id: 'binhai-airport', message: /not inside its district 120101/u });
  });

  it('reports duplicate ids across zones and places', () => {
    const files = withJson('places.geojson', (data) => {
      zone(data, 'tianjin-port').id = 'dongjiang';
      zone(data, 'dongjiang').properties.id = 'dongjiang';
    });
    expectError(files, { file: 'places.geojson', id: 'dongjiang', message: /not unique/u });
  });

  it('reports an unknown sector and an unknown district', () => {
    const sector = withJson('zones.geojson', (data) => zone(data, 'jinjie').properties.sectors.push('mining'));
    expectError(sector, { file: 'zones.geojson', id: 'jinjie', message: /sector “mining” is not in sectors.json/u });
    const district = withJson('zones.geojson', (data) => (zone(data, 'jinjie').properties.district = '120199'));
    expectError(district, {
      file: 'zones.geojson',
      id: 'jinjie',
      message: /district 120199 is not in districts.geojson/u,
    });
  });

  it('reports curated links to targets or measures that do not exist', () => {
    const files = withJson('links.json', (data) => {
      data.inferred.push({
        measure: '3.1',
        target: { kind: 'zone', id: 'atlantis' },
        rationale: { zh: '无', en: 'none' },
      });
      data.inferred.push({
        measure: '99',
        target: { kind: 'zone', id: 'dongjiang' },
        rationale: { zh: '无', en: 'none' },
      });
    });
    expectError(files, { file: 'links.json', message: /zone “atlantis” does not exist/u });
    expectError(files, { file: 'links.json', message: /measure 99 does not exist/u });
  });

  it('reports a measure without English', () => {
    const files = withJson('measures-en.json', (data) => delete data.measures['1.2']);
    expectError(files, { file: 'measures-en.json', id: 'measure 1.2', message: /no English/u });
  });

  it('reports a responsible body with no entry', () => {
    const files = withJson('bodies.json', (data) => {
      data.bodies = data.bodies.filter((body: any) => body.zh !== '市数据局');
    });
    expectError(files, { file: 'bodies.json', id: '市数据局', message: /named by measure 2.2/u });
  });

  it('reports a policy group that no sector owns', () => {
    const files = withJson('sectors.json', (data) => (data.sectors[0].groups = [99]));
    expectError(files, { file: 'sectors.json', id: 'group 1', message: /exactly one sector, found 0/u });
  });

  it('reports a broken policy text with its line', () => {
    const text = real['policies/tianjin-service-measures-2026.txt'].replace(
      '（三）巩固金融服务优势',
      '（五）巩固金融服务优势',
    );
    expectError(
      { ...real, 'policies/tianjin-service-measures-2026.txt': text },
      {
        file: 'policies/tianjin-service-measures-2026.txt',
        message: /^line \d+: group （五） found where group 3 was expected/u,
      },
    );
  });
});

describe('tours', () => {
  const central = 'tours/central-city.json';

  it('validates the real tours, sorted by file name', () => {
    const result = validateGeodata(real);
    expect(result.errors.map((issue) => formatIssue(issue))).toEqual([]);
    expect(result.warnings.filter((issue) => issue.file.startsWith('tours/'))).toEqual([]);
    expect(result.dataset?.tours.map((tour) => tour.id)).toEqual(['binhai-ports', 'central-city', 'growth-poles']);
  });

  it('reads the central-city tour in order: 7 steps, step 3 is Jinjie', () => {
    const tour = validateGeodata(real).dataset?.tours.find((candidate) => candidate.id === 'central-city');
    expect(tour?.steps).toHaveLength(7);
    expect(tour?.steps[0].target).toEqual({ kind: 'camera' });
    expect(tour?.steps[3].target).toEqual({ kind: 'zone', id: 'jinjie' });
  });

  it('accepts geodata without a tours folder', () => {
    const files = Object.fromEntries(Object.entries(real).filter(([file]) => !file.startsWith('tours/')));
    const result = validateGeodata(files);
    expect(result.errors).toEqual([]);
    expect(result.dataset?.tours).toEqual([]);
  });

  it('reports a step naming an unknown zone, with file and step', () => {
    const files = withJson(central, (data) => (data.steps[3].target.id = 'atlantis'));
    expectError(files, { file: central, id: 'step 3', message: /^zone “atlantis” does not exist$/u });
    const result = validateGeodata(files);
    expect(result.errors.map((issue) => formatIssue(issue, ''))).toContain(
      'tours/central-city.json › step 3: zone “atlantis” does not exist',
    );
  });

  it('reports an unknown sector', () => {
    const files = withJson(central, (data) => (data.steps[2].sectors = ['finance', 'mining']));
    expectError(files, { file: central, id: 'step 2', message: /sector “mining” is not in sectors.json/u });
  });

  it('reports a tour id that differs from its file name', () => {
    const files = withJson(central, (data) => (data.id = 'city-centre'));
    expectError(files, {
      file: central,
      message: /tour id “city-centre” differs from the file name “central-city.json”/u,
    });
  });

  it('reports the same tour id in two files', () => {
    const files = { ...real, 'tours/central-city-copy.json': real[central] };
    expectError(files, {
      file: central,
      id: 'central-city',
      message: /not unique \(also used in tours\/central-city-copy\.json\)/u,
    });
  });

  it('reports a camera centre outside Tianjin', () => {
    const files = withJson(central, (data) => (data.steps[0].camera.center = [39.1152, 117.23348]));
    expectError(files, { file: central, id: 'step 0', message: /camera centre \[39.1152, 117.23348\] lies outside/u });
  });

  it('reports a schema violation with the step', () => {
    const files = withJson(central, (data) => (data.steps[4].camera.pitch = 90));
    expectError(files, { file: central, id: 'step 4', message: /steps\.4\.camera\.pitch/u });
  });

  it('warns, without failing, when the camera is far from its target', () => {
    const files = withJson(central, (data) => (data.steps[1].camera.center = [117.3, 39.2]));
    const result = validateGeodata(files);
    expect(result.errors).toEqual([]);
    expect(
      result.warnings.some(
        (issue) => issue.file === central && issue.id === 'step 1' && /xiaobailou-cbd/u.test(issue.message),
      ),
    ).toBe(true);
  });
});
