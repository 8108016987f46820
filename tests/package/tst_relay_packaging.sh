#!/usr/bin/env bash
# smooch-relay's systemd unit passes `systemd-analyze verify` and its manual page renders
# without a groff warning. Works without systemd as PID 1: the unit is verified as a copy whose
# ExecStart is the built executable (or /bin/true when this build has none), with its manual
# page on MANPATH for Documentation=.
#   tst_relay_packaging.sh PACKAGING_DIR SMOOCH_RELAY_EXECUTABLE
set -uo pipefail
packaging="$1"
exe="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"

[ -x "$exe" ] || { echo "note: $exe not built; ExecStart checked against /bin/true"; exe=/bin/true; }
mkdir -p "$work/units" "$work/man/man1"
sed "s|^ExecStart=/usr/bin/smooch-relay |ExecStart=$exe |" "$packaging/smooch-relay.service" \
    >"$work/units/smooch-relay.service"
cp "$packaging/smooch-relay.1" "$work/man/man1/"
check "the unit's ExecStart is /usr/bin/smooch-relay serve \$SMOOCH_RELAY_OPTIONS" \
    grep -qx 'ExecStart=/usr/bin/smooch-relay serve $SMOOCH_RELAY_OPTIONS' "$packaging/smooch-relay.service"
if command -v systemd-analyze >/dev/null; then
    # verify prints its findings and may still exit 0: any output is a failure.
    check "systemd-analyze verify smooch-relay.service" sh -c \
        "MANPATH='$work/man' SYSTEMD_LOG_LEVEL=notice systemd-analyze verify '$work/units/smooch-relay.service' 2>&1 | (! grep .)"
    check "the unit is sandboxed (systemd-analyze security: exposure below 3)" sh -c \
        "systemd-analyze security --offline=yes '$work/units/smooch-relay.service' 2>/dev/null | awk '/Overall exposure level/ { exit !(\$(NF-2) + 0 < 3) }'"
else
    echo "note: systemd-analyze is not installed"
fi
for setting in DynamicUser=yes User=smooch-relay StateDirectory=smooch-relay \
    'LoadCredential=webhook-secrets:/etc/smooch-relay/webhook-secrets' \
    'EnvironmentFile=-/etc/default/smooch-relay' Restart=on-failure ProtectSystem=strict \
    ProtectHome=yes PrivateTmp=yes PrivateDevices=yes NoNewPrivileges=yes \
    'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX' SystemCallFilter=@system-service \
    CapabilityBoundingSet= MemoryDenyWriteExecute=yes LockPersonality=yes; do
    check "the unit sets $setting" grep -qxF "$setting" "$packaging/smooch-relay.service"
done
check "the defaults file sets SMOOCH_RELAY_OPTIONS" grep -q '^SMOOCH_RELAY_OPTIONS=' "$packaging/smooch-relay.default"
if command -v groff >/dev/null; then
    check "smooch-relay's manual page renders without warnings" sh -c \
        "LC_ALL=C.UTF-8 groff -man -ww -z '$packaging/smooch-relay.1' 2>&1 | (! grep .)"
fi
# The interface as the issue writes it, line for line.
for line in 'POST /webhooks/{appId}     deliveries from Smooch, X\-API\-Key' \
    'GET  /v1/conversations     Authorization: Bearer TOKEN; the inbox snapshot as JSON'; do
    check "the manual page has: $line" grep -qF "$line" "$packaging/smooch-relay.1"
done

totals
