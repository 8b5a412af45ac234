/**
 * Draws the place symbols at runtime on a canvas, as MapLibre style images, so the map needs no image
 * file and makes no request. Browser-only (needs a canvas).
 */
import type { PlaceKind } from '../../data/schemas';
import { PICTOGRAM_GRID, PICTOGRAM_STROKE_WIDTH, PLACE_SYMBOLS } from './place-symbols';

/** Side of one image in pixels: shown at 24 or 32 px, so 64 stays sharp on 2× screens. */
export const ICON_CELL = 64;
/** The pictogram fills this share of the disc's diameter. */
const PICTOGRAM_SHARE = 0.6;
const RING_WIDTH = 4;

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

/** A kind's symbol as a style image: ICON_CELL pixels square, drawn for a pixel ratio of 2. */
export function placeIconImage(kind: PlaceKind): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = ICON_CELL;
  canvas.height = ICON_CELL;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas context for the place icons');
  drawSymbol(context, kind, 0);
  return context.getImageData(0, 0, ICON_CELL, ICON_CELL);
}

/** The pixel ratio the images are drawn for: ICON_CELL / 2 = the emphasised symbol's size on screen. */
export const PLACE_ICON_PIXEL_RATIO = 2;
