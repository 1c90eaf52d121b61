#!/bin/sh
# check-metainfo.sh <metainfo.xml> <project version>
# The AppStream metainfo validates (no errors or warnings) and its newest release is the
# project version, so a version bump without a release entry fails here.
set -eu
metainfo=$1
version=$2

appstreamcli validate --no-net "$metainfo"

newest=$(sed -n 's/.*<release [^>]*version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
if [ "$newest" != "$version" ]; then
    echo "FAIL: the newest <release> in $metainfo is '$newest', the project version is '$version'" >&2
    exit 1
fi
echo "newest release $newest matches the project version"
