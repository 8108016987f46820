#!/usr/bin/env bash
# Packs the build as a .deb, unpacks it into a scratch root and checks what a desktop sees:
# the executables start (--version, --help), the launcher entry and AppStream data validate,
# the icon is there in every size, smoochctl's manual page renders, the dependencies are named.
#   tst_package.sh BUILD_DIR CPACK
set -uo pipefail
build="$1"
cpack="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"

check "cpack builds a .deb" "$cpack" --config "$build/CPackConfig.cmake" -B "$work/out" -G DEB
deb="$(ls "$work"/out/smooch-console_*.deb 2>/dev/null | head -n 1)"
root="$work/root"
check "the .deb unpacks into a scratch root" dpkg-deb -x "$deb" "$root"

check "apt can install it with its dependencies (simulated)" apt-get install -s -qq "$deb"
depends="$(dpkg-deb -f "$deb" Depends 2>/dev/null)"
for lib in libqt6widgets6 libqt6network6 libqt6keychain1 libqt6sql6-sqlite libqt6svg6 libqt6httpserver6; do
    check "Depends names $lib" grep -q "$lib" <<<"$depends"
done

# Emoji are drawn as boxes on a machine without a colour emoji font: the package and the scripts
# bring Debian's.
recommends="$(dpkg-deb -f "$deb" Recommends 2>/dev/null)"
check "Recommends names fonts-noto-color-emoji" grep -q "fonts-noto-color-emoji" <<<"$recommends"
check "the scripts install fonts-noto-color-emoji" bash -c "source '$(dirname "$0")/../../scripts/lib/common.sh' && printf '%s\\n' \"\${PACKAGES[@]}\" | grep -qx fonts-noto-color-emoji"

for exe in smooch-console smoochctl smooch-relay; do
    check "$exe is in usr/bin" test -x "$root/usr/bin/$exe"
    # In a terminal with no display, as after an install over ssh.
    check "$exe --version" sh -c "env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY '$root/usr/bin/$exe' --version | grep -q '^$exe [0-9]'"
    check "$exe --help" sh -c "env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY '$root/usr/bin/$exe' --help | grep -q -- '--version'"
done

app=org.smoochconsole.AgentConsole
desktop="$root/usr/share/applications/$app.desktop"
metainfo="$root/usr/share/metainfo/$app.metainfo.xml"
check "the launcher entry is installed" test -f "$desktop"
check "the AppStream metadata is installed" test -f "$metainfo"
if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate" desktop-file-validate "$desktop"
fi
if command -v appstreamcli >/dev/null; then
    check "appstreamcli validate" appstreamcli validate --no-net "$metainfo"
fi
check "the scalable icon is installed" test -s "$root/usr/share/icons/hicolor/scalable/apps/smooch-console.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/smooch-console.png"
    check "the ${size}px icon is a ${size}x${size} PNG" sh -c "file '$png' | grep -q 'PNG image data, $size x $size'"
done
man="$root/usr/share/man/man1/smoochctl.1"
check "smoochctl's manual page is installed" test -f "$man"
if command -v groff >/dev/null; then
    check "smoochctl's manual page renders without warnings" sh -c "LC_ALL=C.UTF-8 groff -man -ww -z '$man' 2>&1 | (! grep .)"
fi

# smooch-relay: the executable, its unit, defaults and manual page.
check "smooch-relay is in usr/bin" test -x "$root/usr/bin/smooch-relay"
check "smooch-relay's systemd unit is installed" test -f "$root/usr/lib/systemd/system/smooch-relay.service"
check "smooch-relay's defaults file is installed" test -f "$root/etc/default/smooch-relay"
check "the defaults file is a conffile" sh -c "dpkg-deb -I '$deb' conffiles | grep -qx /etc/default/smooch-relay"
check "smooch-relay's manual page is installed" test -f "$root/usr/share/man/man1/smooch-relay.1"
# The unit is not enabled on install (it needs the webhook secret first); removal stops it.
for script in postinst prerm postrm; do
    check "the package has a $script that passes sh -n" sh -c "dpkg-deb -I '$deb' $script > '$work/$script' && sh -n '$work/$script'"
done
check "removal stops and disables the relay" sh -c "dpkg-deb -I '$deb' prerm | grep -q 'disable --now smooch-relay.service'"
check "installing does not enable the relay" sh -c "! dpkg-deb -I '$deb' postinst | grep -Eq '(systemctl|deb-systemd-helper) +enable'"

totals
