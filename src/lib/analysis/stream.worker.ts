/**
 * Streams an indexed FlatGeobuf: opens it, answers view requests with the points in a box (at most a cap),
 * and counts every point per zone and district in batches through the app's join, reporting progress.
 * The file is never read whole: each request reads the slices it needs.
 */
import { blobSource, openFgb, readBox, scanPoints, StreamError, type ByteSource, type FgbFile } from './fgb-read';
import { joinPoints } from './join';
import { rangeSource } from './range-source';
import type { StreamInput, StreamReply, StreamRequest } from './stream-protocol';

/** Points joined at a time: bounds the join's temporary arrays whatever the file's size. */
const JOIN_BATCH = 100_000;

const scope = self as unknown as {
  postMessage(message: StreamReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<StreamRequest>) => void) | null;
};

let opened: Promise<FgbFile> | null = null;

async function sourceOf(input: StreamInput): Promise<ByteSource> {
  return input.kind === 'file' ? blobSource(input.file) : rangeSource(input.url, self.location.origin);
}

function fail(error: unknown): void {
  if (error instanceof StreamError) scope.postMessage({ type: 'failed', code: error.code, detail: error.message });
  else scope.postMessage({ type: 'failed', code: 'corrupt', detail: String(error) });
}

async function count(request: Extract<StreamRequest, { type: 'count' }>): Promise<void> {
  const file = await openFgb(await sourceOf(request.input));
  const zones = new Uint32Array(request.zones.length);
  const districts = new Uint32Array(request.districts.length);
  let total = 0;
  await scanPoints(
    file,
    JOIN_BATCH,
    (positions, n) => {
      const result = joinPoints(positions.subarray(0, 2 * n), request.zones, request.districts);
      for (let z = 0; z < zones.length; z++) zones[z] += result.zoneCounts[z];
      for (let d = 0; d < districts.length; d++) districts[d] += result.districtCounts[d];
      total += n;
    },
    (read) => scope.postMessage({ type: 'progress', read, total: file.info.count }),
  );
  scope.postMessage({ type: 'counted', zones, districts, total }, [zones.buffer, districts.buffer]);
}

scope.onmessage = (event) => {
  const request = event.data;
  switch (request.type) {
    case 'open':
      opened = sourceOf(request.input).then(openFgb);
      opened.then((file) => scope.postMessage({ type: 'opened', info: file.info }), fail);
      break;
    case 'view':
      if (!opened) return;
      opened
        .then((file) => readBox(file, request.box, request.cap))
        .then(
          (view) =>
            scope.postMessage({ type: 'view', id: request.id, ...view }, [view.positions.buffer as ArrayBuffer]),
          fail,
        );
      break;
    case 'count':
      count(request).catch(fail);
      break;
  }
};
