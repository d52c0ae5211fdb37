/**
 * Entry of the static site: reads the state from the URL and mounts the app.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { AppState } from './lib/state/appState.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
document.body.style.margin = '0';
const app = new AppState({ query: location.search });
mount(App, { target, props: { app, syncUrl: true } });
