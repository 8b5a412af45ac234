/**
 * Draws the place symbols into one icon atlas at runtime (a canvas turned into a data: URL), so the
 * map needs no image file and makes no request. Browser-only (needs a canvas).
 */
import type { PlaceKind } from '../../data/schemas';
import { PICTOGRAM_GRID, PICTOGRAM_STROKE_WIDTH, PLACE_KINDS, PLACE_SYMBOLS } from './place-symbols';

/** Side of one icon in the atlas, in pixels: drawn at about 26 px, so 64 stays sharp on 2× screens. */
export const ICON_CELL = 64;
/** The pictogram fills this share of the disc's diameter. */
const PICTOGRAM_SHARE = 0.6;
const RING_WIDTH = 4;

export interface IconFrame {
  x: number;
  y: number;
  width: number;
  height: number;
  mask: boolean;
}

export interface PlaceIconAtlas {
  /** PNG as a data: URL. */
  url: string;
  /** Keyed by place kind. */
  mapping: Record<string, IconFrame>;
}

function drawSymbol(context: CanvasRenderingContext2D, kind: PlaceKind, left: number): void {
  const symbol = PLACE_SYMBOLS[kind];
  const radius = ICON_CELL / 2 - RING_WIDTH / 2;
  context.save();
  context.translate(left, 0);
  context.beginPath();
  context.arc(ICON_CELL / 2, ICON_CELL / 2, radius, 0, 2 * Math.PI);
  context.fillStyle = symbol.color;
  context.fill();
  context.lineWidth = RING_WIDTH;
  context.strokeStyle = '#ffffff';
  context.stroke();

  const size = ICON_CELL * PICTOGRAM_SHARE;
  context.translate((ICON_CELL - size) / 2, (ICON_CELL - size) / 2);
  context.scale(size / PICTOGRAM_GRID, size / PICTOGRAM_GRID);
  context.fillStyle = '#ffffff';
  context.strokeStyle = '#ffffff';
  context.lineWidth = PICTOGRAM_STROKE_WIDTH;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  for (const part of symbol.pictogram) {
    const path = new Path2D(part.d);
    if (part.paint === 'fill') context.fill(path, 'evenodd');
    else context.stroke(path);
  }
  context.restore();
}

export function createPlaceIconAtlas(): PlaceIconAtlas {
  const canvas = document.createElement('canvas');
  canvas.width = ICON_CELL * PLACE_KINDS.length;
  canvas.height = ICON_CELL;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas context for the place icons');
  const mapping: Record<string, IconFrame> = {};
  PLACE_KINDS.forEach((kind, index) => {
    drawSymbol(context, kind, index * ICON_CELL);
    mapping[kind] = { x: index * ICON_CELL, y: 0, width: ICON_CELL, height: ICON_CELL, mask: false };
  });
  return { url: canvas.toDataURL('image/png'), mapping };
}
