/// <reference types="vite/client" />

/** Basemap configuration read at build time from .env (see /.env for the defaults). */
interface ImportMetaEnv {
  /** URL of an OpenStreetMap-based MapLibre style; empty disables the OSM basemap. */
  readonly VITE_OSM_STYLE_URL?: string;
  /** Tianditu browser key (tk); empty disables both Tianditu basemaps. */
  readonly VITE_TIANDITU_KEY?: string;
}
