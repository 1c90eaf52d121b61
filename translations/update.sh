#!/bin/sh
# Refreshes every .ts file from src/ and ui/, country names included. Needs Qt's lupdate.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$here/update-country-names.sh"
cd "$here/.."
for ts in translations/ielts-verifier_*.ts; do
    case "$ts" in
    *_en.ts) "$lupdate" src ui -ts "$ts" -locations none -no-obsolete -pluralonly ;;
    *) "$lupdate" src ui -ts "$ts" -locations none -no-obsolete ;;
    esac
done
