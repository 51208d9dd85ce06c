// Entry: make sure window.pyscope exists (Electron's preload put it there; in browser
// mode connect the WebSocket bridge first), then mount the app.

import { mount } from 'svelte'
import App from './App.svelte'
import { ensurePyscope } from './lib/pyscope'
import './styles.css'

const target = document.getElementById('app')!

ensurePyscope(() => {
  document.body.classList.add('disconnected')
  target.insertAdjacentHTML('afterbegin', '<p class="banner">The connection to the Pyscope server was lost. Start <code>pyscope web</code> again and open the URL it prints.</p>')
}).then(
  () => mount(App, { target }),
  (err: Error) => {
    const p = document.createElement('p')
    p.className = 'banner'
    p.textContent = err.message
    target.replaceChildren(p)
  },
)
