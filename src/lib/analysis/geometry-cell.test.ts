import { describe, expect, it } from 'vitest';
import { looksLikePointGeometry, pointOfCell } from './geometry-cell';

describe('pointOfCell', () => {
  it.each([
    ['POINT (117.2 39.1)', 117.2, 39.1],
    ['point(117.2 39.1)', 117.2, 39.1],
    ['POINT Z (117.2 39.1 5)', 117.2, 39.1],
    ['SRID=4326;POINT(117.2 39.1)', 117.2, 39.1],
    ['SRID=4490;POINT(117.2 39.1)', 117.2, 39.1],
    ['MULTIPOINT ((117.2 39.1))', 117.2, 39.1],
    ['MULTIPOINT (117.2 39.1)', 117.2, 39.1],
    ['{"type":"Point","coordinates":[117.2,39.1]}', 117.2, 39.1],
    [' {"type": "MultiPoint", "coordinates": [[117.2, 39.1]]} ', 117.2, 39.1],
  ])('reads %j', (text, lng, lat) => {
    expect(pointOfCell(text)).toEqual({ ok: true, lng, lat });
  });

  it.each([
    '',
    'POINT (117.2)',
    'POINT (117.2 39.1',
    'POINT (a b)',
    'POINT EMPTY',
    'garbage',
    '{"type":"Point"}',
    '{not json',
    '117.2 39.1',
  ])('refuses %j as not a readable point', (text) => {
    expect(pointOfCell(text)).toEqual({ ok: false, problem: 'bad' });
  });

  it('names what a geometry is when it is not one point', () => {
    expect(pointOfCell('LINESTRING (117 39, 118 40)')).toEqual({ ok: false, problem: 'not-point', type: 'LineString' });
    expect(pointOfCell('MULTIPOINT ((117 39), (118 40))')).toEqual({
      ok: false,
      problem: 'not-point',
      type: 'MultiPoint (2)',
    });
    expect(pointOfCell('{"type":"Polygon","coordinates":[]}')).toMatchObject({ problem: 'not-point', type: 'Polygon' });
  });

  it('reports an SRID other than 4326 or 4490 instead of reading metres as degrees', () => {
    expect(pointOfCell('SRID=3857;POINT(13046000 4737000)')).toEqual({ ok: false, problem: 'srid', srid: '3857' });
    expect(pointOfCell('srid=4548;POINT(500000 4330000)')).toEqual({ ok: false, problem: 'srid', srid: '4548' });
  });
});

describe('looksLikePointGeometry', () => {
  it('recognises WKT, EWKT and GeoJSON points but not numbers or other text', () => {
    expect(
      ['POINT (1 2)', 'SRID=4326;POINT(1 2)', 'MultiPoint((1 2))', '{"type":"Point","coordinates":[1,2]}'].map(
        looksLikePointGeometry,
      ),
    ).toEqual([true, true, true, true]);
    expect(['117.2', 'POINTER', 'LINESTRING (1 2, 3 4)', '天津站'].map(looksLikePointGeometry)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
