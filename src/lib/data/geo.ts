/**
 * Coordinate, box and camera types shared by every layer of the app. Defined here, in the lowest
 * layer that needs them (the data schemas and the validator), and imported everywhere else.
 */

/** [lng, lat] in WGS-84 degrees. */
export type LngLat = [lng: number, lat: number];

/** A box [west, south, east, north] in WGS-84 degrees. */
export type Bounds = [west: number, south: number, east: number, north: number];

/** Where the map camera is. */
export interface CameraView {
  /** [lng, lat] in degrees */
  center: LngLat;
  zoom: number;
  /** Degrees clockwise from north. */
  bearing: number;
  /** Degrees from vertical. */
  pitch: number;
}
