/**
 * Builds an import's point index (a Flatbush over the points) beside its join: the import's worker hands
 * over a copy of the positions when parsing is done and joins while this one indexes, so on a machine with
 * two cores or more the two take the time of the longer one instead of both.
 */
import { buildPointIndex } from './join';

self.onmessage = (event: MessageEvent<Float64Array>) => {
  const data = buildPointIndex(event.data).data as ArrayBuffer;
  self.postMessage(data, { transfer: [data] });
};
