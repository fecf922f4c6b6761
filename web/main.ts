// Entry point: mounts the app into the static shell's #app.
import { render } from 'preact';
import { App } from './components/App';
import { html } from './html';

const root = document.getElementById('app');
if (root) render(html`<${App} />`, root);
