/**
 * Messages between the page and the FlatGeobuf stream worker. A view's points come back as a transferable
 * array; the per-zone counts of a whole file come back as typed arrays with progress on the way.
 */
import type { Bounds } from '../data/geo';
import type { FgbInfo, StreamProblemCode } from './fgb-read';
import type { JoinPolygon } from './join';

/** Where the FlatGeobuf is: a file the planner picked, or a URL of this site. */
export type StreamInput = { kind: 'file'; file: File } | { kind: 'url'; url: string };

export type StreamRequest =
  | { type: 'open'; input: StreamInput }
  | { type: 'view'; id: number; box: Bounds; cap: number }
  | { type: 'count'; input: StreamInput; zones: JoinPolygon[]; districts: JoinPolygon[] };

export type StreamReply =
  | { type: 'opened'; info: FgbInfo }
  | { type: 'view'; id: number; positions: Float64Array; count: number; sampled: boolean }
  | { type: 'progress'; read: number; total: number }
  | { type: 'counted'; zones: Uint32Array; districts: Uint32Array; total: number }
  | { type: 'failed'; code: StreamProblemCode; detail: string };
