/**
 * Keeps the presenting window and its presenter view on the same step: each posts the step it moved
 * to on a BroadcastChannel shared by the windows of this origin, and follows the steps the other posts.
 */
export interface TourPosition {
  tour: string;
  step: number;
}

const CHANNEL = 'tianjin-atlas-tour';

export interface TourSync {
  post(position: TourPosition): void;
  close(): void;
}

/** Opens the channel; `onremote` receives positions posted by other windows. Without BroadcastChannel it does nothing. */
export function openTourSync(onremote: (position: TourPosition) => void): TourSync {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<TourPosition> | null;
    if (data && typeof data.tour === 'string' && Number.isInteger(data.step))
      onremote({ tour: data.tour, step: data.step as number });
  };
  return { post: (position) => channel.postMessage(position), close: () => channel.close() };
}
