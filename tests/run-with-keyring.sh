#!/bin/sh
# Usage: run-with-keyring.sh HOME_DIR COMMAND [ARGUMENT...]
#
# Runs COMMAND against a real Secret Service that nobody else can see: HOME_DIR is emptied (it is a
# throwaway home), HOME and the XDG directories point into it, a private D-Bus session bus is
# started with dbus-run-session, and gnome-keyring-daemon is started on that bus with its login
# keyring unlocked. Works headless, as root, and without any session bus or display beforehand.
# The exit status is COMMAND's.
set -eu

if [ "$#" -lt 2 ]; then
    echo "usage: $0 HOME_DIR COMMAND [ARGUMENT...]" >&2
    exit 2
fi

home=$1
shift

marker=.ielts-throwaway-home
case "$home" in
"" | / | /root | /home | /tmp)
    echo "$0: refusing to use '$home' as a throwaway home" >&2
    exit 2
    ;;
esac
# Empty the directory only if this script made it: never wipe a directory someone passed by mistake.
if [ -d "$home" ] && [ -n "$(ls -A "$home")" ] && [ ! -e "$home/$marker" ]; then
    echo "$0: '$home' is not empty and was not made by this script; not touching it" >&2
    exit 2
fi
rm -rf -- "$home"
mkdir -p -- "$home"
home=$(cd -- "$home" && pwd -P)
: >"$home/$marker"

export HOME="$home"
export XDG_CONFIG_HOME="$home/.config"
export XDG_DATA_HOME="$home/.local/share"
export XDG_CACHE_HOME="$home/.cache"
export XDG_STATE_HOME="$home/.local/state"
export XDG_RUNTIME_DIR="$home/.runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
mkdir -m 0700 -p "$XDG_RUNTIME_DIR"

# Nothing of an outer desktop session may leak in: the keyring must be the private one.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY

# The login keyring's password; the keyring is as throwaway as the home it lives in.
IELTS_KEYRING_PASSWORD=ielts-test-keyring
export IELTS_KEYRING_PASSWORD

exec dbus-run-session -- sh -c '
    set -eu
    log="$XDG_RUNTIME_DIR/gnome-keyring.log"
    # Started on the private bus before anything asks for org.freedesktop.secrets, so that D-Bus
    # activation cannot start a second daemon with a locked keyring. --daemonize makes it quit
    # together with the bus. Whatever it prints (GNOME_KEYRING_CONTROL and the like) is exported.
    vars=$(printf "%s" "$IELTS_KEYRING_PASSWORD" |
        gnome-keyring-daemon --daemonize --unlock --components=secrets 2>"$log")
    unset IELTS_KEYRING_PASSWORD
    old_ifs=$IFS
    IFS="
"
    set -f
    for assignment in $vars; do
        case "$assignment" in
        [A-Z]*=*) export "$assignment" ;;
        esac
    done
    set +f
    IFS=$old_ifs

    # The daemon claims its name on the bus shortly after forking; wait for it (up to 5 s).
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -ge 50 ]; then
            echo "run-with-keyring.sh: gnome-keyring-daemon did not come up on the session bus:" >&2
            cat "$log" >&2
            exit 1
        fi
        sleep 0.1
    done
    exec "$@"
' run-with-keyring "$@"
