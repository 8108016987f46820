# Shared by the scripts: Debian packages, the build, and a session bus with an unlocked keyring.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Everything the build, the tests and the demo need, from Debian 12's own archive (the emoji font
# too: without it emoji in messages are drawn as boxes).
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libqt6sql6-sqlite qt6-svg-dev
    libgl-dev
    postgresql libqt6sql6-psql caddy
    xvfb xauth dbus dbus-x11 gnome-keyring
    fonts-noto-color-emoji
    librsvg2-bin dpkg-dev file desktop-file-utils appstream groff-base qt6-translations-l10n
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs the packages that are missing; does nothing (and needs no network) when all are there.
install_packages() {
    local missing=()
    local p
    for p in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "Installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The official JavaScript client, for the test that runs it against the sandbox. Node.js comes
# from Debian when the machine has none.
install_compat_client() {
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        install_packages nodejs npm
    fi
    if [ ! -f "$ROOT/tests/compat/node_modules/smooch-core/package.json" ]; then
        log "Installing smooch-core for the compatibility test"
        npm ci --prefix "$ROOT/tests/compat" --no-audit --no-fund --silent
    fi
}

# build DIR BUILD_TYPE [cmake args...]
build() {
    local dir="$1" type="$2"
    shift 2
    log "Building $type in $dir"
    cmake -S "$ROOT" -B "$ROOT/$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
    cmake --build "$ROOT/$dir" --parallel "$(nproc)"
}

# Runs a command inside a private session bus with an unlocked gnome-keyring, as headless
# machines have neither. The keyring's password is empty and lives only in this session.
with_keyring() {
    dbus-run-session -- sh -c 'eval "$(printf "\n" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null; exec "$@"' sh "$@"
}
