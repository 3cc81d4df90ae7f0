// Starts Career Deck's crypto worker (src/bin/crypto_worker.rs, built by Trunk as
// crypto-worker.js + crypto-worker_bg.wasm). If its wasm cannot start, the app is told at once
// and derives the key itself instead (src/services/crypto.rs).
"use strict";
importScripts("./crypto-worker.js");
wasm_bindgen("./crypto-worker_bg.wasm").catch((e) => postMessage({ failed: String(e) }));
