# Sourced by the other scripts: where the project's tools live.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/.tools/bin:$ROOT/.tools/binaryen/node_modules/.bin:$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# wasm-bindgen-test waits this long (seconds) for a browser test run.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-180}"
# ...and this long for chromedriver to listen. Its default, 5 s, is too short for a first
# start on a cold machine: CI once failed with "driver failed to bind port during startup".
# The runner restarts a driver that has not bound within 10 s, so this allows several tries.
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT="${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-120}"

WASM_BINDGEN_VERSION=0.2.130
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
PLAYWRIGHT_VERSION=1.64.1
WASM_SPLIT_VERSION=0.2.4
GECKODRIVER_VERSION=0.37.1
WEBDRIVERIO_VERSION=9.33.1

# Prints a step's name, runs it, and says how long it took.
step() {
  local name="$1"
  shift
  local start=$SECONDS
  echo "==> $name"
  "$@"
  echo "    $name: ok ($((SECONDS - start)) s)"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
