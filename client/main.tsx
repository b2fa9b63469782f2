import { render } from 'solid-js/web';
import { App } from './App.jsx';
import { startI18n } from './i18n/i18n.js';
import './fonts.css';
import './styles.css';
import './facilitation.css';
import './amendments.css';
import './groups.css';

// The first language's catalogue loads before the first render, so a Thai reader never sees English first.
void startI18n().then(() => render(() => <App />, document.getElementById('app')!));

// The service worker keeps the app shell so a tab reloaded while the server is unreachable still
// opens, and y-indexeddb then restores the edits made offline.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/service-worker.js').catch((error: unknown) => {
    console.warn('offline support unavailable', error);
  });
}
