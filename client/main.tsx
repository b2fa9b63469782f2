import { render } from 'solid-js/web';
import { App } from './App.jsx';
import './styles.css';
import './facilitation.css';
import './amendments.css';
import './groups.css';

render(() => <App />, document.getElementById('app')!);

// The service worker keeps the app shell so a tab reloaded while the server is unreachable still
// opens, and y-indexeddb then restores the edits made offline.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/service-worker.js').catch((error: unknown) => {
    console.warn('offline support unavailable', error);
  });
}
