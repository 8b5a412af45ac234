import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../data/schemas';
import { realAtlas } from '../../../tests/support/atlas';
import { interiorPoint, parseCameraAttributes, projectToScreen } from './project';

const size = { width: 1280, height: 800 };
const view = { center: [117.2, 39.1] as [number, number], zoom: 10, bearing: 0, pitch: 0 };

describe('projectToScreen', () => {
  it('puts the centre in the middle and a point east of it to the right', () => {
    expect(projectToScreen([117.2, 39.1], view, size)).toEqual([640, 400]);
    const [x, y] = projectToScreen([117.3, 39.1], view, size);
    // 0.1° of longitude at zoom 10: 512 × 2¹⁰ px per 360°.
    expect(x - 640).toBeCloseTo((0.1 / 360) * 512 * 1024, 6);
    expect(y).toBeCloseTo(400, 6);
  });

  it('turns with the bearing: at 90° east is up', () => {
    const [x, y] = projectToScreen([117.3, 39.1], { ...view, bearing: 90 }, size);
    expect(x).toBeCloseTo(640, 6);
    expect(y).toBeLessThan(400);
  });

  it('tilts with the pitch: the far side draws nearer the middle, the near side further out', () => {
    const tilted = { ...view, pitch: 50 };
    expect(projectToScreen([117.2, 39.1], tilted, size)).toEqual([640, 400]);
    const [farX, farY] = projectToScreen([117.3, 39.2], tilted, size);
    const [nearX, nearY] = projectToScreen([117.3, 39.0], tilted, size);
    const [flatX, flatY] = projectToScreen([117.3, 39.2], view, size);
    expect(farY).toBeGreaterThan(flatY);
    expect(farY).toBeLessThan(400);
    expect(nearY).toBeGreaterThan(400);
    expect(farX).toBeLessThan(flatX);
    expect(nearX).toBeGreaterThan(flatX);
  });

  it('reads the camera from the map container data attributes', () => {
    expect(parseCameraAttributes({ center: '117.2,39.1', zoom: '10', bearing: '0.00', pitch: '0.00' })).toEqual(view);
    expect(parseCameraAttributes({ center: undefined, zoom: '10' })).toBeNull();
  });
});

describe('interiorPoint', () => {
  it('lies inside every zone, multi-part ones included', () => {
    for (const zone of realAtlas().zones) {
      expect(booleanPointInPolygon(interiorPoint(zone.geometry), zone.geometry), zone.id).toBe(true);
    }
  });

  it('avoids a hole in the middle of a square', () => {
    const square: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [
          [3, 3],
          [3, 7],
          [7, 7],
          [7, 3],
          [3, 3],
        ],
      ],
    };
    const point = interiorPoint(square);
    expect(booleanPointInPolygon(point, square)).toBe(true);
  });
});
