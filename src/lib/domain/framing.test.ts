import { describe, expect, it } from 'vitest';
import type { Bounds } from '../data/geo';
import {
  coverInsets,
  FRAMING,
  frameBounds,
  MAX_LABEL_ROOM_SHARE,
  frameView,
  screenPoint,
  withMinimumExtent,
  type Insets,
  type Size,
} from './framing';

// 国家会展中心（天津）: about 1.5 km across; 滨海新区: about 80 km.
const NECC: Bounds = [117.343, 39.033, 117.362, 39.048];
const BINHAI: Bounds = [117.33, 38.55, 118.06, 39.4];

/** The target's corners on screen all lie inside the uncovered rectangle. */
function expectInside(
  bounds: Bounds,
  view: { center: [number, number]; zoom: number; pitch?: number; bearing?: number },
  size: Size,
  insets: Insets,
) {
  const corners: [number, number][] = [
    [bounds[0], bounds[1]],
    [bounds[2], bounds[3]],
    [bounds[0], bounds[3]],
    [bounds[2], bounds[1]],
  ];
  for (const corner of corners) {
    const [x, y] = screenPoint(corner, view.center, view.zoom, size, {
      pitch: view.pitch ?? 0,
      bearing: view.bearing ?? 0,
    });
    expect(x).toBeGreaterThanOrEqual(insets.left - 0.5);
    expect(x).toBeLessThanOrEqual(size.width - insets.right + 0.5);
    expect(y).toBeGreaterThanOrEqual(insets.top - 0.5);
    expect(y).toBeLessThanOrEqual(size.height - insets.bottom + 0.5);
  }
}

const kmAcross = (view: { center: [number, number]; zoom: number }, pixels: number) =>
  (pixels * 40075.016 * Math.cos((view.center[1] * Math.PI) / 180)) / (512 * 2 ** view.zoom);

describe('withMinimumExtent', () => {
  it('grows a small box to the minimum and leaves a large one alone', () => {
    const grown = withMinimumExtent(NECC, 5);
    expect((grown[3] - grown[1]) * 111.32).toBeCloseTo(5, 5);
    expect(withMinimumExtent(BINHAI, 5)).toEqual(BINHAI);
  });
});

describe('frameBounds', () => {
  const desktop: Size = { width: 1000, height: 800 };

  it('centres the target in the map when nothing covers it', () => {
    const view = frameBounds(BINHAI, desktop);
    const [x, y] = screenPoint(
      [(BINHAI[0] + BINHAI[2]) / 2, (BINHAI[1] + BINHAI[3]) / 2],
      view.center,
      view.zoom,
      desktop,
    );
    expect(x).toBeCloseTo(500, 0);
    // Mercator: the box's middle latitude sits a little below the centre of its projection.
    expect(Math.abs(y - 400)).toBeLessThan(5);
    expectInside(BINHAI, view, desktop, {
      top: FRAMING.margin,
      right: FRAMING.margin,
      bottom: FRAMING.margin,
      left: FRAMING.margin,
    });
  });

  it('keeps the target out of a caption along the bottom', () => {
    const insets: Insets = { top: 0, right: 0, bottom: 300, left: 0 };
    const view = frameBounds(BINHAI, desktop, insets);
    expectInside(BINHAI, view, desktop, insets);
    // The free part (500 px tall) is filled, less the margins.
    const [, top] = screenPoint([BINHAI[0], BINHAI[3]], view.center, view.zoom, desktop);
    const [, bottom] = screenPoint([BINHAI[0], BINHAI[1]], view.center, view.zoom, desktop);
    expect(bottom - top).toBeCloseTo(500 - 2 * FRAMING.margin, 0);
  });

  it('leaves room for the names drawn beside the outermost zones, at most a share of a phone’s width', () => {
    // The core zones (downtown to 东疆): wider than tall, so the width decides the zoom.
    const core: Bounds = [117.05, 38.94, 117.84, 39.18];
    const map: Size = { width: 1100, height: 846 };
    const view = frameBounds(core, map);
    const [west] = screenPoint([core[0], core[1]], view.center, view.zoom, map);
    const [east] = screenPoint([core[2], core[3]], view.center, view.zoom, map);
    expect(west).toBeCloseTo(FRAMING.labelRoom, 0);
    expect(map.width - east).toBeCloseTo(FRAMING.labelRoom, 0);
    // Beside a panel: the room is kept from the panel's edge.
    const panel: Insets = { top: 0, right: 420, bottom: 0, left: 0 };
    const beside = frameBounds(core, map, panel);
    const [eastOfPanel] = screenPoint([core[2], core[3]], beside.center, beside.zoom, map);
    expect(map.width - panel.right - eastOfPanel).toBeCloseTo(
      Math.min(FRAMING.labelRoom, 680 * MAX_LABEL_ROOM_SHARE),
      0,
    );
    // A phone: the room shrinks to a share of the width, the target still fills most of it.
    const phone: Size = { width: 390, height: 400 };
    const small = frameBounds(core, phone);
    const [phoneEast] = screenPoint([core[2], core[3]], small.center, small.zoom, phone);
    expect(phone.width - phoneEast).toBeCloseTo(390 * MAX_LABEL_ROOM_SHARE, 0);
  });

  it('never frames a small zone tighter than the minimum extent, nor past the zoom cap', () => {
    const view = frameBounds(NECC, desktop);
    expect(view.zoom).toBeLessThanOrEqual(FRAMING.maxZoom);
    // The shorter side of the free area shows at least the minimum extent.
    expect(kmAcross(view, 800 - 2 * FRAMING.margin)).toBeGreaterThanOrEqual(FRAMING.minExtentKm - 0.01);
    expect(frameBounds(NECC, { width: 4000, height: 4000 }).zoom).toBe(FRAMING.maxZoom);
  });

  it('frames on a phone, under a caption that covers half of it', () => {
    const phone: Size = { width: 390, height: 500 };
    const insets: Insets = { top: 0, right: 0, bottom: 250, left: 0 };
    const view = frameBounds(NECC, phone, insets);
    expectInside(NECC, view, phone, insets);
    expect(kmAcross(view, 250)).toBeGreaterThanOrEqual(FRAMING.minExtentKm - 0.01);
  });

  it('still frames when what covers the map would leave almost nothing', () => {
    const phone: Size = { width: 390, height: 400 };
    const view = frameBounds(BINHAI, phone, { top: 0, right: 0, bottom: 390, left: 0 });
    expect(Number.isFinite(view.zoom)).toBe(true);
    // At most 85% of the height is given up: the target stays in the top 15%.
    expectInside(BINHAI, view, phone, { top: 0, right: 0, bottom: 340, left: 0 });
  });
});

describe('screenPoint on a tilted map', () => {
  const size: Size = { width: 1000, height: 800 };
  const center: [number, number] = [117.2, 39.1];

  it('keeps the centre in the middle and draws the far side smaller than the near side', () => {
    const tilt = { pitch: 50, bearing: 0 };
    const [cx, cy] = screenPoint(center, center, 10, size, tilt);
    expect(cx).toBeCloseTo(500, 6);
    expect(cy).toBeCloseTo(400, 6);
    // 0.1° east of points 0.1° north and south of the centre: farther ahead is nearer the middle.
    const [northX, northY] = screenPoint([117.3, 39.2], center, 10, size, tilt);
    const [southX, southY] = screenPoint([117.3, 39.0], center, 10, size, tilt);
    expect(northY).toBeLessThan(400);
    expect(southY).toBeGreaterThan(400);
    expect(northX - 500).toBeLessThan(southX - 500);
    // Ahead of the centre the ground is foreshortened: less than the flat distance on screen.
    const [, flatNorthY] = screenPoint([117.3, 39.2], center, 10, size);
    expect(400 - northY).toBeLessThan(400 - flatNorthY);
  });

  it('matches MapLibre: at 60° a point half a map height ahead lies a third of the way up', () => {
    // Camera 1.5 heights from the centre; at 60° a ground point d ahead appears at
    // d·cos60 · 1.5h / (1.5h + d·sin60) above the centre.
    const height = 800;
    const worldSize = 512 * 2 ** 10;
    const d = height / 2;
    const [, y] = screenPoint([center[0], 0], [0, 0], 10, size, { pitch: 60, bearing: 0 });
    expect(Number.isNaN(y)).toBe(false);
    const latAhead = (() => {
      // The latitude d pixels north of the centre at zoom 10.
      const yWorld =
        (1 - Math.log(Math.tan((center[1] * Math.PI) / 180) + 1 / Math.cos((center[1] * Math.PI) / 180)) / Math.PI) / 2;
      const ahead = yWorld - d / worldSize;
      return (Math.atan(Math.sinh(Math.PI * (1 - 2 * ahead))) * 180) / Math.PI;
    })();
    const [, aheadY] = screenPoint([center[0], latAhead], center, 10, size, { pitch: 60, bearing: 0 });
    const expected = (d * 0.5 * 1.5 * height) / (1.5 * height + d * Math.sin(Math.PI / 3));
    expect(400 - aheadY).toBeCloseTo(expected, 3);
  });
});

describe('frameBounds on a tilted map (the 3D view)', () => {
  const laptop: Size = { width: 1100, height: 846 };
  const legendOnLeft: Insets = { top: 0, right: 0, bottom: 0, left: 260 };

  it('keeps the whole target in the uncovered part at 50°, where the flat fit would not', () => {
    // About the free part's shape, a little wider: the flat fit fills the free width.
    const WIDE: Bounds = [116.9, 38.72, 118.1, 39.62];
    // Without room for names at the sides, so the flat fit is the free width's (what is tested is the tilt).
    const options = { ...FRAMING, labelRoom: 0 };
    const flat = frameBounds(WIDE, laptop, legendOnLeft, options);
    const tilted = { ...flat, pitch: 50, bearing: 0 };
    // The flat camera, tilted in place: the near side widens into the legend.
    const [nearWestX] = screenPoint([WIDE[0], WIDE[1]], tilted.center, tilted.zoom, laptop, tilted);
    expect(nearWestX).toBeLessThan(legendOnLeft.left);
    const view = frameBounds(WIDE, laptop, legendOnLeft, options, 50);
    expect(view.pitch).toBe(50);
    expectInside(WIDE, view, laptop, legendOnLeft);
    // And it still fills the free part: the target's projection spans most of its width or height.
    const corners = [
      [WIDE[0], WIDE[1]],
      [WIDE[2], WIDE[1]],
      [WIDE[0], WIDE[3]],
      [WIDE[2], WIDE[3]],
    ].map((corner) => screenPoint(corner as [number, number], view.center, view.zoom, laptop, view));
    const spanX = Math.max(...corners.map(([x]) => x)) - Math.min(...corners.map(([x]) => x));
    const spanY = Math.max(...corners.map(([, y]) => y)) - Math.min(...corners.map(([, y]) => y));
    expect(Math.max(spanX / (laptop.width - 260), spanY / laptop.height)).toBeGreaterThan(0.85);
  });

  it('frames a small zone under a caption at 50° without passing the zoom cap', () => {
    const insets: Insets = { top: 0, right: 0, bottom: 300, left: 0 };
    const view = frameBounds(NECC, laptop, insets, FRAMING, 50);
    expect(view.zoom).toBeLessThanOrEqual(FRAMING.maxZoom);
    expectInside(NECC, view, laptop, insets);
  });

  it('is the flat fit when the map is not tilted', () => {
    expect(frameBounds(BINHAI, laptop, legendOnLeft, FRAMING, 0)).toEqual(frameBounds(BINHAI, laptop, legendOnLeft));
  });
});

describe('frameView', () => {
  const size: Size = { width: 1200, height: 800 };
  const step = { center: [117.3525, 39.0405] as [number, number], zoom: 14.85, bearing: 0, pitch: 0 };

  it("caps a tour step's zoom and keeps its bearing and pitch", () => {
    const view = frameView({ ...step, bearing: 15, pitch: 30 }, size);
    expect(view.zoom).toBeLessThan(14);
    expect(kmAcross(view, 800 - 2 * FRAMING.margin)).toBeGreaterThanOrEqual(FRAMING.minExtentKm - 0.01);
    expect(view.bearing).toBe(15);
    expect(view.pitch).toBe(30);
  });

  it('keeps a wide step as authored when nothing covers the map', () => {
    const wide = { center: [117.19868, 39.21187] as [number, number], zoom: 9, bearing: 0, pitch: 0 };
    const view = frameView(wide, size);
    expect(view.zoom).toBe(9);
    expect(view.center[0]).toBeCloseTo(wide.center[0], 9);
    expect(view.center[1]).toBeCloseTo(wide.center[1], 9);
  });

  it('puts the step above the caption and fits its whole target there', () => {
    const insets: Insets = { top: 0, right: 0, bottom: 320, left: 0 };
    const view = frameView(step, size, insets, NECC);
    expectInside(NECC, view, size, insets);
    const [x, y] = screenPoint(step.center, view.center, view.zoom, size);
    expect(x).toBeCloseTo(600, 0);
    expect(y).toBeCloseTo(240, 0);
  });

  it('fits a tilted, rotated step and its target in the part above the caption', () => {
    const insets: Insets = { top: 0, right: 0, bottom: 320, left: 0 };
    const view = frameView({ ...step, pitch: 50, bearing: 20 }, size, insets, NECC);
    expect(view.pitch).toBe(50);
    expect(view.bearing).toBe(20);
    expectInside(NECC, view, size, insets);
  });

  it('zooms out until an off-centre target fits', () => {
    const offCentre: Bounds = [117.2, 39.0, 117.5, 39.1];
    const view = frameView({ ...step, zoom: 16 }, size, { top: 0, right: 0, bottom: 0, left: 0 }, offCentre);
    expectInside(offCentre, view, size, { top: 0, right: 0, bottom: 0, left: 0 });
  });
});

describe('coverInsets', () => {
  const size: Size = { width: 1000, height: 800 };

  it('counts a caption along the bottom as a bottom inset', () => {
    expect(coverInsets(size, [{ left: 100, top: 500, right: 900, bottom: 780 }])).toEqual({
      top: 0,
      right: 0,
      bottom: 300,
      left: 0,
    });
  });

  it('counts a corner legend against the side that leaves more room', () => {
    // Narrow and tall in the bottom-left corner: it costs less as a left inset.
    expect(coverInsets(size, [{ left: 10, top: 300, right: 200, bottom: 750 }]).left).toBe(200);
    // Wide and short: a bottom inset.
    expect(coverInsets(size, [{ left: 10, top: 700, right: 600, bottom: 750 }]).bottom).toBe(100);
  });

  it('ignores boxes off the map and combines the others', () => {
    const insets = coverInsets(size, [
      { left: -50, top: -50, right: -10, bottom: -10 },
      { left: 300, top: 10, right: 700, bottom: 60 },
      { left: 100, top: 550, right: 900, bottom: 790 },
    ]);
    expect(insets).toEqual({ top: 60, right: 0, bottom: 250, left: 0 });
  });
});
