#!/bin/sh
# Runs a test executable inside a private D-Bus session whose Secret Service is a throwaway,
# unlocked GNOME Keyring kept in a temporary HOME: never the user's own keyring or session.
#   with-throwaway-keyring.sh <test executable> [test functions...]
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
       XDG_CACHE_HOME="$home/.cache" DV_TEST_REAL_KEYRING=1
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY XDG_RUNTIME_DIR
# --unlock reads the new login keyring's password from stdin and creates it unlocked, so no
# prompt is needed; the daemon exits with the bus.
dbus-run-session -- sh -c '
    printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
