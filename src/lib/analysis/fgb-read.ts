/**
 * Reads an indexed FlatGeobuf of points without holding it in memory: the header once, then for each map
 * view only the tree nodes and features inside the view's box (a local file through `Blob.slice`, a
 * same-origin URL through HTTP range requests), and for the join one pass over the features in chunks.
 *
 * The flatgeobuf package decodes the header, the tree layout and each feature; its own readers are not
 * used because they take only a URL or a whole byte array, log every tree node at debug level, and await
 * each feature separately. Here a view is read in a few large slices and decoded synchronously.
 */
import * as flatbuffers from 'flatbuffers';
import { magicbytes, SIZE_PREFIX_LEN } from 'flatgeobuf/lib/mjs/constants.js';
import { Feature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import { Geometry } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { fromByteBuffer, type HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { calcTreeSize, generateLevelBounds, NODE_ITEM_BYTE_LEN } from 'flatgeobuf/lib/mjs/packedrtree.js';
import type { Bounds } from '../data/geo';

/** Random access to the bytes of a file. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A local file (or any Blob): each read is one `slice`, so the file is never read whole. */
export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

/** Why a file cannot be streamed. */
export type StreamProblemCode =
  'not-fgb' | 'corrupt' | 'truncated' | 'no-index' | 'not-points' | 'empty' | 'other-origin' | 'http' | 'no-range';

export class StreamError extends Error {
  readonly code: StreamProblemCode;
  constructor(code: StreamProblemCode, detail = '') {
    super(detail || code);
    this.name = 'StreamError';
    this.code = code;
  }
}

/** What the header says, and where the tree and the features start. */
export interface FgbInfo {
  count: number;
  /** [west, south, east, north] from the header, or null when the file has none. */
  extent: Bounds | null;
  /** Numeric columns (the ones a point's hover and the bench can use), by name. */
  columns: string[];
  geometryType: GeometryType;
  treeOffset: number;
  featuresOffset: number;
  size: number;
  nodeSize: number;
}

export interface FgbFile {
  source: ByteSource;
  info: FgbInfo;
  header: HeaderMeta;
}

/** The header may not be larger than this (the reference reader's limit). */
const MAX_HEADER_BYTES = 10 * 1024 * 1024;

/** Opens a FlatGeobuf: checks magic bytes, header and that the tree and features fit in the file. */
export async function openFgb(source: ByteSource): Promise<FgbFile> {
  if (source.size < magicbytes.length + SIZE_PREFIX_LEN) throw new StreamError('not-fgb');
  const start = await source.read(0, magicbytes.length + SIZE_PREFIX_LEN);
  for (let i = 0; i < 3; i++) if (start[i] !== magicbytes[i]) throw new StreamError('not-fgb');
  const headerLength = new DataView(start.buffer, start.byteOffset).getUint32(magicbytes.length, true);
  if (headerLength < 8 || headerLength > MAX_HEADER_BYTES) throw new StreamError('corrupt', 'header size');
  const treeOffset = magicbytes.length + SIZE_PREFIX_LEN + headerLength;
  if (treeOffset > source.size) throw new StreamError('truncated');
  const headerBytes = await source.read(magicbytes.length, SIZE_PREFIX_LEN + headerLength);
  let header: HeaderMeta;
  try {
    header = fromByteBuffer(new flatbuffers.ByteBuffer(headerBytes));
  } catch (error) {
    throw new StreamError('corrupt', String(error));
  }
  if (!Number.isSafeInteger(header.featuresCount) || header.featuresCount < 0) throw new StreamError('corrupt');
  if (header.featuresCount === 0) throw new StreamError('empty');
  if (header.indexNodeSize < 2) throw new StreamError('no-index');
  if (header.geometryType !== GeometryType.Point) throw new StreamError('not-points', String(header.geometryType));
  const featuresOffset = treeOffset + calcTreeSize(header.featuresCount, header.indexNodeSize);
  // Every feature takes at least its 4-byte length prefix and a table.
  if (featuresOffset + header.featuresCount * 8 > source.size) throw new StreamError('truncated');
  const envelope = header.envelope;
  return {
    source,
    header,
    info: {
      count: header.featuresCount,
      extent: envelope && envelope.length >= 4 ? [envelope[0], envelope[1], envelope[2], envelope[3]] : null,
      columns: (header.columns ?? []).map((column) => column.name),
      geometryType: header.geometryType,
      treeOffset,
      featuresOffset,
      size: source.size,
      nodeSize: header.indexNodeSize,
    },
  };
}

/** Nodes closer than this (in nodes) are fetched in one read rather than two. */
const NODE_GAP = 256;
/**
 * Features closer than this (bytes) are fetched in one read. Small: a sampled view skips most nodes, and
 * merging across them would read (and hold) every feature in the view, which is what the cap avoids.
 */
const FEATURE_GAP = 4 * 1024;

/** [start, end) runs of ascending indexes, merged when the gap between them is below `gap`. */
function runsOf(starts: number[], ends: number[], gap: number): Array<[number, number, number, number]> {
  // [start, end, first item, last item + 1]
  const runs: Array<[number, number, number, number]> = [];
  for (let i = 0; i < starts.length; i++) {
    const last = runs[runs.length - 1];
    if (last && starts[i] - last[1] <= gap) {
      last[1] = Math.max(last[1], ends[i]);
      last[3] = i + 1;
    } else runs.push([starts[i], ends[i], i, i + 1]);
  }
  return runs;
}

interface Node {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  offset: number;
}

/** What one view of the map holds. */
export interface ViewPoints {
  /** lng, lat pairs. */
  positions: Float64Array;
  count: number;
  /**
   * True when the view held more than `cap` points (by the tree's count of candidates) and an even
   * sample of whole tree nodes is shown instead; false when every point in the box is there.
   */
  sampled: boolean;
}

/**
 * The points inside `box`, at most about `cap` of them. Descends the tree level by level, reading only
 * the nodes that intersect the box. At the level above the leaves each node holds up to nodeSize
 * consecutive points; when those could add up to more than `cap`, only an evenly spread share of them is read, so
 * the points shown are spread over the whole view (in proportion to where the points are), never a
 * corner of it.
 */
export async function readBox(file: FgbFile, box: Bounds, cap: number): Promise<ViewPoints> {
  const { info, source } = file;
  const [minX, minY, maxX, maxY] = box;
  const levels = generateLevelBounds(info.count, info.nodeSize);
  const readNodes = async (first: number, end: number): Promise<Node[]> => {
    const bytes = await source.read(info.treeOffset + first * NODE_ITEM_BYTE_LEN, (end - first) * NODE_ITEM_BYTE_LEN);
    if (bytes.length < (end - first) * NODE_ITEM_BYTE_LEN) throw new StreamError('truncated');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const nodes: Node[] = [];
    for (let n = 0; n < end - first; n++) {
      const at = n * NODE_ITEM_BYTE_LEN;
      nodes.push({
        minX: view.getFloat64(at, true),
        minY: view.getFloat64(at + 8, true),
        maxX: view.getFloat64(at + 16, true),
        maxY: view.getFloat64(at + 24, true),
        offset: view.getUint32(at + 32, true) + view.getUint32(at + 36, true) * 0x100000000,
      });
    }
    return nodes;
  };
  const intersects = (node: Node) => !(maxX < node.minX || maxY < node.minY || minX > node.maxX || minY > node.maxY);

  // The nodes that intersect the box, level by level from the root.
  let currentNodes: Node[] = (await readNodes(0, 1)).filter(intersects);
  if (currentNodes.length === 0) return { positions: new Float64Array(0), count: 0, sampled: false };
  let sampled = false;
  for (let level = levels.length - 1; level > 0; level--) {
    const [childStart, childEnd] = levels[level - 1];
    if (level === 1 && currentNodes.length * info.nodeSize > cap) {
      // Keep a `share` of the nodes, spread evenly: node i is kept when i·share crosses a whole number.
      const share = cap / (currentNodes.length * info.nodeSize);
      currentNodes = currentNodes.filter((_, i) => Math.floor((i + 1) * share) > Math.floor(i * share));
      sampled = true;
    }
    const starts = currentNodes.map((node) => node.offset);
    // Leaves: one node more, whose offset ends the last feature.
    const ends = starts.map((start) => Math.min(start + info.nodeSize + (level === 1 ? 1 : 0), childEnd));
    if (starts.some((start) => start < childStart || start >= childEnd)) throw new StreamError('corrupt', 'tree');
    const nextNodes: Node[] = [];
    const nextEnds: number[] = [];
    for (const [start, end, firstParent, endParent] of runsOf(starts, ends, NODE_GAP)) {
      const nodes = await readNodes(start, end);
      for (let p = firstParent; p < endParent; p++) {
        const childrenEnd = Math.min(starts[p] + info.nodeSize, childEnd);
        for (let child = starts[p]; child < childrenEnd; child++) {
          const node = nodes[child - start];
          if (!intersects(node)) continue;
          nextNodes.push(node);
          // The next leaf's offset is where this feature ends; the last feature ends the file.
          if (level === 1) nextEnds.push(child + 1 < childEnd ? nodes[child + 1 - start].offset : -1);
        }
      }
    }
    currentNodes = nextNodes;
    if (level === 1) return readLeaves(file, currentNodes, nextEnds, sampled);
  }
  // A tree of one level: the root is the only leaf.
  return readLeaves(file, currentNodes, [-1], sampled);
}

/** Decodes the features that `leaves` point to, reading close ones in one slice. */
async function readLeaves(file: FgbFile, leaves: Node[], ends: number[], sampled: boolean): Promise<ViewPoints> {
  const { info, source } = file;
  const featuresLength = info.size - info.featuresOffset;
  const starts = leaves.map((leaf) => leaf.offset);
  const stops = ends.map((end) => (end < 0 ? featuresLength : end));
  const positions = new Float64Array(2 * leaves.length);
  let count = 0;
  const feature = new Feature();
  const geometry = new Geometry();
  for (const [start, end, first, last] of runsOf(starts, stops, FEATURE_GAP)) {
    if (end > featuresLength || start > end) throw new StreamError('truncated');
    const bytes = await source.read(info.featuresOffset + start, end - start);
    if (bytes.length < end - start) throw new StreamError('truncated');
    const bb = new flatbuffers.ByteBuffer(bytes);
    for (let i = first; i < last; i++) {
      const at = starts[i] - start;
      if (at + SIZE_PREFIX_LEN > bytes.length || at + SIZE_PREFIX_LEN + bb.readUint32(at) > bytes.length) {
        throw new StreamError('truncated');
      }
      const point = pointAt(bb, at, feature, geometry);
      if (!point) continue;
      positions[2 * count] = point[0];
      positions[2 * count + 1] = point[1];
      count++;
    }
  }
  return { positions: count === leaves.length ? positions : positions.slice(0, 2 * count), count, sampled };
}

const point: [number, number] = [0, 0];
/** The point of the size-prefixed feature at `at`, or null for a feature without one (reused tuple). */
function pointAt(
  bb: flatbuffers.ByteBuffer,
  at: number,
  feature: Feature,
  geometry: Geometry,
): [number, number] | null {
  bb.setPosition(at);
  Feature.getSizePrefixedRootAsFeature(bb, feature);
  const shape = feature.geometry(geometry);
  if (!shape || shape.xyLength() < 2) return null;
  point[0] = shape.xy(0) ?? NaN;
  point[1] = shape.xy(1) ?? NaN;
  if (!Number.isFinite(point[0]) || !Number.isFinite(point[1])) return null;
  return point;
}

/** Bytes read at a time when going through every feature. */
const SCAN_CHUNK = 8 * 1024 * 1024;

/**
 * Every point of the file, in batches of at most `batch` points (lng, lat pairs; the array is reused, so
 * `onBatch` must use it before returning), for counting without holding the file. `onProgress` gets the
 * points read so far.
 */
export async function scanPoints(
  file: FgbFile,
  batch: number,
  onBatch: (positions: Float64Array, count: number) => void,
  onProgress?: (read: number) => void,
): Promise<number> {
  const { info, source } = file;
  const positions = new Float64Array(2 * batch);
  let inBatch = 0;
  let read = 0;
  // The file position of the next feature not yet decoded: a feature cut by the end of a slice is read
  // again at the start of the next one, so no bytes are copied between slices.
  let offset = info.featuresOffset;
  let length = SCAN_CHUNK;
  const feature = new Feature();
  const geometry = new Geometry();
  while (read < info.count) {
    if (offset + SIZE_PREFIX_LEN > info.size) throw new StreamError('truncated');
    const bytes = await source.read(offset, Math.min(length, info.size - offset));
    const bb = new flatbuffers.ByteBuffer(bytes);
    let at = 0;
    while (read < info.count && at + SIZE_PREFIX_LEN <= bytes.length) {
      const size = bb.readUint32(at);
      if (at + SIZE_PREFIX_LEN + size > bytes.length) {
        // One feature larger than a slice: read a slice that holds it.
        if (at === 0) length = SIZE_PREFIX_LEN + size;
        break;
      }
      const found = pointAt(bb, at, feature, geometry);
      at += SIZE_PREFIX_LEN + size;
      read++;
      if (!found) continue;
      positions[2 * inBatch] = found[0];
      positions[2 * inBatch + 1] = found[1];
      if (++inBatch === batch) {
        onBatch(positions, inBatch);
        inBatch = 0;
      }
    }
    if (at === 0 && offset + length > info.size) throw new StreamError('truncated');
    offset += at;
    if (at > 0) length = SCAN_CHUNK;
    onProgress?.(read);
  }
  if (inBatch > 0) onBatch(positions, inBatch);
  return read;
}
