import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });

// Offline use: the service worker registers once the page has loaded and the browser is idle, from a
// chunk of its own, so it adds nothing to the first render. Only in a build (there is no sw.js in dev).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => void import('./lib/state/service-worker').then((worker) => worker.registerServiceWorker());
  // Safari has no requestIdleCallback.
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000);
  window.addEventListener('load', whenIdle, { once: true });
}
