#!/bin/sh
# Install Parley from this unpacked folder, or remove it again.
#
#   ./install.sh                     for you alone: ~/.local (as root: /usr/local)
#   ./install.sh --prefix DIR        somewhere else
#   ./install.sh --uninstall [--prefix DIR]
#
# Puts this folder in PREFIX/lib/parley, a `parley` command in PREFIX/bin, the menu entry in
# PREFIX/share/applications and the icon in PREFIX/share/icons. Nothing else is touched:
# your workspaces and settings stay where Parley keeps them.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = 0 ]; then DEFAULT=/usr/local; else DEFAULT="$HOME/.local"; fi
PREFIX=$DEFAULT
ACTION=install
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
                  PREFIX=$2; shift 2 ;;
        --prefix=*) PREFIX=${1#--prefix=}; shift ;;
        --uninstall) ACTION=uninstall; shift ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
mkdir -p "$PREFIX"
PREFIX=$(cd "$PREFIX" && pwd)
LIB="$PREFIX/lib/parley"
BIN="$PREFIX/bin/parley"
DESKTOP="$PREFIX/share/applications/parley.desktop"
ICON="$PREFIX/share/icons/hicolor/scalable/apps/parley.svg"

refresh() {  # menus and icon caches, where the desktop has the tools; harmless without
    command -v update-desktop-database >/dev/null 2>&1 &&
        update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 &&
        gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" 2>/dev/null || true
}

if [ "$ACTION" = uninstall ]; then
    # the command only if it is ours (a link into LIB)
    if [ -L "$BIN" ] && [ "$(readlink "$BIN")" = "$LIB/parley" ]; then rm -f "$BIN"; fi
    rm -f "$DESKTOP" "$ICON"
    case "$HERE" in "$LIB") cd / ;; esac
    rm -rf "$LIB"
    refresh
    echo "Parley removed from $PREFIX (your workspaces are kept)."
    exit 0
fi

[ -x "$HERE/parley" ] || { echo "install.sh: run me from the unpacked Parley folder" >&2; exit 2; }
if [ "$HERE" != "$LIB" ]; then
    rm -rf "$LIB.new"
    mkdir -p "$LIB.new"
    cp -a "$HERE/." "$LIB.new/"
    rm -rf "$LIB"
    mv "$LIB.new" "$LIB"
fi
mkdir -p "$PREFIX/bin" "$(dirname "$DESKTOP")" "$(dirname "$ICON")"
ln -sfn "$LIB/parley" "$BIN"
cp "$LIB/_internal/resources/icons/parley.svg" "$ICON"
# Exec names the program itself: PREFIX/bin need not be on PATH. The icon by name where
# desktops look for it (~/.local/share, /usr/local/share, /usr/share), else by its path.
case "$PREFIX" in
    "$HOME/.local"|/usr/local|/usr) icon=parley ;;
    *) icon=$ICON ;;
esac
sed -e "s|^Exec=.*|Exec=\"$LIB/parley\"|" -e "s|^Icon=.*|Icon=$icon|" \
    "$LIB/_internal/resources/parley.desktop" > "$DESKTOP"
chmod 644 "$DESKTOP"
refresh
echo "Parley $("$LIB/parley" --version | cut -d' ' -f2) installed in $LIB"
echo "  menu entry: $DESKTOP"
case ":$PATH:" in
    *":$PREFIX/bin:"*) echo "  command: parley" ;;
    *) echo "  command: $BIN ($PREFIX/bin is not on your PATH)" ;;
esac
if [ "$PREFIX" = "$DEFAULT" ]; then again=""; else again=" --prefix '$PREFIX'"; fi
echo "Remove it with: $LIB/install.sh --uninstall$again"
