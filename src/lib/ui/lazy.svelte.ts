/**
 * A component whose code loads on its own chunk, held once loaded so that it renders in the same update
 * as the state that shows it (an `{#await}` block would render it a tick later). For what must be on
 * screen when something else measures it: the tour caption covers the map and is framed around.
 */
export class LazyComponent<T> {
  /** Null until loaded. */
  component = $state.raw<T | null>(null);
  readonly #load: () => Promise<{ default: T }>;
  #loading: Promise<T> | null = null;

  constructor(load: () => Promise<{ default: T }>) {
    this.#load = load;
  }

  /** Loads it (once); resolves when `component` is set. */
  load(): Promise<T> {
    this.#loading ??= this.#load().then((module) => (this.component = module.default));
    return this.#loading;
  }
}
