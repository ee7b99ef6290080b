#!/usr/bin/env bash
# Prepares this machine to run real VS Code integration tests offline:
#   1. Debian packages (chromium, ripgrep, libkrb5-dev, build-essential), only when missing;
#   2. the @vscode/ripgrep download cache, filled from Debian's rg (no GitHub download);
#   3. code-server (VS Code 1.100.3 server + web workbench) from test/host/code-server/
#      into the git-ignored folder .vscode-test/code-server/, with `npm ci`.
# Idempotent: a second run only checks and returns in well under a second.
# Prints one line per step; any error stops it with a non-zero exit code.
set -Eeuo pipefail

HOST_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$HOST_DIR/../.." && pwd)"
PIN_DIR="$HOST_DIR/code-server"
VSCODE_TEST_DIR="$REPO_DIR/.vscode-test"
INSTALL_DIR="$VSCODE_TEST_DIR/code-server"
STAMP="$INSTALL_DIR/.outreach-installed"

# Exact names, read from @vscode/ripgrep@1.15.11 (the version code-server 4.100.3 pins in
# lib/vscode/npm-shrinkwrap.json): lib/download.js caches assets at
#   path.join(os.tmpdir(), `vscode-ripgrep-cache-${packageVersion}`, `ripgrep-${VERSION}-${target}.tar.gz`)
# and lib/postinstall.js sets VERSION = 'v13.0.0-10' and target = x86_64-unknown-linux-musl
# (x64) or aarch64-unknown-linux-musl (arm64). The archive must hold `rg` at its top level.
RG_PKG_VERSION="1.15.11"
RG_TAG="v13.0.0-10"

APT_PACKAGES=(chromium ripgrep libkrb5-dev build-essential)

step() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }
trap 'rc=$?; printf "[setup] ERROR: command failed (exit %s) at line %s: %s\n" "$rc" "$LINENO" "$BASH_COMMAND" >&2' ERR

# Everything temporary (npm's and node-gyp's temp files, the ripgrep cache, VS Code sockets)
# goes into a private folder that is removed on exit, so nothing is left in /tmp.
mkdir -p "$VSCODE_TEST_DIR"
SETUP_TMP="$(mktemp -d "$VSCODE_TEST_DIR/setup-tmp.XXXXXX")"
cleanup() { rm -rf "$SETUP_TMP"; }
trap cleanup EXIT
export TMPDIR="$SETUP_TMP" TMP="$SETUP_TMP" TEMP="$SETUP_TMP"

# --- 0. node --------------------------------------------------------------------------------
command -v node >/dev/null || die "node is not on PATH (code-server 4.100.3 needs Node 20)"
command -v npm >/dev/null || die "npm is not on PATH"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[[ "$NODE_MAJOR" == "20" ]] || die "code-server 4.100.3 needs Node 20, found $(node --version)"
step "node $(node --version), npm $(npm --version)"

# --- 1. Debian packages ---------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
if ((${#missing[@]} == 0)); then
  step "apt: ${APT_PACKAGES[*]} already installed"
else
  SUDO=()
  if [[ "$(id -u)" != "0" ]]; then
    command -v sudo >/dev/null || die "need root (or sudo) to install: ${missing[*]}"
    SUDO=(sudo -n)
  fi
  step "apt: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" >/dev/null
  step "apt: installed ${missing[*]}"
fi
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium missing after install"
command -v rg >/dev/null || die "rg missing after install"

# --- 2. skip when this exact code-server is already installed --------------------------------
want_version="$(node -p 'require(process.argv[1]).dependencies["code-server"]' "$PIN_DIR/package.json")"
want_stamp="code-server@$want_version $(cat "$PIN_DIR/package.json" "$PIN_DIR/package-lock.json" | sha256sum | cut -d' ' -f1)"
CS_DIR="$INSTALL_DIR/node_modules/code-server"
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$want_stamp" \
      && -f "$CS_DIR/out/node/entry.js" \
      && -x "$CS_DIR/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]] \
   && [[ "$(node -p 'require(process.argv[1]).version' "$CS_DIR/package.json")" == "$want_version" ]]; then
  step "code-server $want_version already installed in ${INSTALL_DIR#"$REPO_DIR"/}"
  step "done"
  exit 0
fi

# --- 3. @vscode/ripgrep download cache from Debian's rg -------------------------------------
case "$(uname -m)" in
  x86_64) rg_target="x86_64-unknown-linux-musl" ;;
  aarch64 | arm64) rg_target="aarch64-unknown-linux-musl" ;;
  *) die "unsupported architecture $(uname -m) for the ripgrep cache" ;;
esac
rg_cache_dir="$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION"
rg_asset="$rg_cache_dir/ripgrep-$RG_TAG-$rg_target.tar.gz"
mkdir -p "$rg_cache_dir" "$SETUP_TMP/rg-stage"
cp "$(command -v rg)" "$SETUP_TMP/rg-stage/rg"
chmod 755 "$SETUP_TMP/rg-stage/rg"
tar -czf "$rg_asset" -C "$SETUP_TMP/rg-stage" rg
step "ripgrep cache: $(basename "$rg_asset") from $(command -v rg) ($(rg --version | head -n1))"

# --- 4. npm ci code-server into .vscode-test/code-server -------------------------------------
step "code-server $want_version: npm ci into ${INSTALL_DIR#"$REPO_DIR"/} (about a minute: native modules compile)"
rm -rf "$INSTALL_DIR"
mkdir -p "$INSTALL_DIR"
cp "$PIN_DIR/package.json" "$PIN_DIR/package-lock.json" "$INSTALL_DIR/"
npm_log="$VSCODE_TEST_DIR/setup-npm.log"
# Install scripts run in parallel (about 60 s instead of 85 s); OUTREACH_SETUP_VERBOSE=1 runs them one
# by one with their output in the log, for debugging a failing native build.
npm_extra=()
if [[ "${OUTREACH_SETUP_VERBOSE:-}" == "1" ]]; then npm_extra+=(--foreground-scripts); fi
# unsafe_perm: code-server's postinstall refuses root otherwise; yes: node-pty's postinstall
# runs `npx node-gyp`; nodedir: build native modules against /usr/include/node (no download).
if ! (cd "$INSTALL_DIR" && npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
      npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false JOBS=max \
      npm ci --no-audit --no-fund "${npm_extra[@]}" >"$npm_log" 2>&1); then
  tail -n 40 "$npm_log" >&2
  die "npm ci of code-server failed; full log in ${npm_log#"$REPO_DIR"/}"
fi

# --- 5. verify ---------------------------------------------------------------------------------
[[ -f "$CS_DIR/out/node/entry.js" ]] || die "code-server entry.js missing after install"
installed_version="$(node -p 'require(process.argv[1]).version' "$CS_DIR/package.json")"
[[ "$installed_version" == "$want_version" ]] || die "installed code-server $installed_version, wanted $want_version"
shrink_rg="$(node -p 'require(process.argv[1]).packages["node_modules/@vscode/ripgrep"].version' \
  "$CS_DIR/lib/vscode/npm-shrinkwrap.json")"
[[ "$shrink_rg" == "$RG_PKG_VERSION" ]] \
  || die "code-server pins @vscode/ripgrep $shrink_rg, setup.sh prepared the cache for $RG_PKG_VERSION: update RG_PKG_VERSION/RG_TAG"
[[ -x "$CS_DIR/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]] || die "ripgrep binary missing in code-server"
for native in kerberos node-pty @vscode/spdlog native-watchdog @parcel/watcher; do
  [[ -d "$CS_DIR/lib/vscode/node_modules/$native" ]] || die "code-server dependency $native missing"
done
(cd "$CS_DIR" && node -e 'require("argon2")') || die "argon2 native module did not build"
(cd "$CS_DIR/lib/vscode" && node -e 'require("node-pty"); require("@vscode/spdlog"); require("kerberos")') \
  || die "a native module of VS Code did not build"
printf '%s\n' "$want_stamp" >"$STAMP"
step "code-server $installed_version installed ($(du -sh "$INSTALL_DIR" | cut -f1)); npm log: ${npm_log#"$REPO_DIR"/}"
step "done"
