#!/usr/bin/env bash
# Installs the real peers the kit is judged against, at the versions pinned in tools/versions.env:
# helm 3 and helm 4, zot, distribution 3, ChartMuseum, actionlint (Go module proxy), distribution 2.8,
# nginx, chromium and the Docker engine (Debian), local images for Testcontainers built from those
# binaries, and the base of the kit's own image.
# Idempotent: a peer already present at its pinned version is left alone, so a second run is fast.
# A peer that cannot be had is reported with what it disables; the script does not fail for it.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=versions.env
source "$here/versions.env"
tools_dir=${TCK_TOOLS_DIR:-$HOME/.cache/helm-oci-tck/tools}
bin="$tools_dir/bin"
logs="$tools_dir/logs"
mkdir -p "$bin" "$logs"

started=$(date +%s)
notes=$(mktemp); trap 'rm -f "$notes"' EXIT
note() { printf '%s\n' "$1" >>"$notes"; }  # a file, so notes from background builds survive
say() { printf '[provision] %s\n' "$*" >&2; }

is_root() { [ "$(id -u)" = 0 ]; }

# --- Debian packages -------------------------------------------------------------------------
apt_updated=false
apt_install() {  # apt_install PACKAGE...: installs what is missing; returns non-zero if apt cannot
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  is_root || { say "not root: cannot apt-get install ${missing[*]}"; return 1; }
  command -v apt-get >/dev/null || { say "no apt-get: cannot install ${missing[*]}"; return 1; }
  if [ "$apt_updated" = false ]; then
    say "apt-get update"; apt-get update -qq >"$logs/apt-update.log" 2>&1 && apt_updated=true
  fi
  say "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    >"$logs/apt-install.log" 2>&1 || { say "apt-get install failed, see $logs/apt-install.log"; return 1; }
}

# --- Go builds -------------------------------------------------------------------------------
have_go() { command -v go >/dev/null; }

# go_tool NAME MODULE/CMD VERSION VERSION_CHECK_CMD [LDFLAGS]: builds one binary into $bin/NAME.
go_tool() {
  local name=$1 pkg=$2 version=$3 check=$4 ldflags=${5:-}
  if [ -x "$bin/$name" ] && [ "$(cat "$bin/.$name.version" 2>/dev/null)" = "$version" ]; then
    note "$name $version: present"; return 0
  fi
  have_go || { note "$name: SKIPPED (no Go toolchain) — disables everything that needs $name"; return 1; }
  say "building $name $version (go install $pkg@$version)"
  local t0; t0=$(date +%s)
  local gobin; gobin=$(mktemp -d)
  if GOBIN="$gobin" CGO_ENABLED=0 GOFLAGS=-trimpath go install -ldflags "-s -w $ldflags" "$pkg@$version" \
      >"$logs/$name.build.log" 2>&1; then
    mv "$gobin/$(basename "$pkg")" "$bin/$name" && echo "$version" >"$bin/.$name.version"
    rm -rf "$gobin"
    note "$name $version: built in $(( $(date +%s) - t0 ))s ($($check 2>/dev/null | head -n 1))"
  else
    rm -rf "$gobin"
    local why; why=$(grep -m1 -E '403|404|not available|error' "$logs/$name.build.log" || tail -n 1 "$logs/$name.build.log")
    note "$name $version: NOT INSTALLED — $why (log: $logs/$name.build.log)"
    return 1
  fi
}

# Helm stamps its version into the binary through -ldflags, as its Makefile does, so that
# `helm version` and the User-Agent (Helm/<version>) report the real version.
helm_ldflags() { echo "-X helm.sh/helm/$1/internal/version.version=$2 -X helm.sh/helm/$1/internal/version.gitTreeState=clean"; }

# helm_release VERSION: builds one helm release into $bin/helm-vX.Y.Z (the matrix's drivers, helm@X.Y.Z),
# stamped like the pinned ones; the pinned helm3/helm4 stand in for their own release.
helm_release() {
  local v=v${1#v} major
  major=${v%%.*}
  case "$v" in v3.*|v4.*) ;; *) note "helm $1: NOT INSTALLED — not a helm 3 or 4 release (want X.Y.Z)"; return 1 ;; esac
  local pinned=$HELM3_VERSION; [ "$major" = v4 ] && pinned=$HELM4_VERSION
  if [ "$v" = "$pinned" ] && [ -x "$bin/helm${major#v}" ] && [ "$(cat "$bin/.helm${major#v}.version" 2>/dev/null)" = "$v" ]; then
    # No copy: the kit finds the pinned binary by its stamp, so a later re-pin cannot leave a stale alias.
    note "helm-$v: present (the pinned helm${major#v})"; return 0
  fi
  go_tool "helm-$v" "helm.sh/helm/$major/cmd/helm" "$v" "$bin/helm-$v version --short" "$(helm_ldflags "$major" "$v")"
}

# helm_releases VERSION...|default|ci: the releases in parallel, two at a time (Go builds take both cores).
helm_releases() {
  local list=("$@")
  [ "${list[*]}" = default ] && read -ra list <<<"$HELM_MATRIX_DEFAULT"
  [ "${list[*]}" = ci ] && read -ra list <<<"$HELM_MATRIX_CI"
  local running=0
  for v in "${list[@]}"; do
    helm_release "$v" &
    running=$((running + 1))
    if [ "$running" -ge 2 ]; then wait -n; running=$((running - 1)); fi
  done
  wait
}

build_go_peers() {
  go_tool helm3 helm.sh/helm/v3/cmd/helm "$HELM3_VERSION" "$bin/helm3 version --short" "$(helm_ldflags v3 "$HELM3_VERSION")" &
  go_tool helm4 helm.sh/helm/v4/cmd/helm "$HELM4_VERSION" "$bin/helm4 version --short" "$(helm_ldflags v4 "$HELM4_VERSION")" &
  wait
  go_tool registry3 github.com/distribution/distribution/v3/cmd/registry "$DISTRIBUTION3_VERSION" "$bin/registry3 --version" &
  zot_tool &
  wait
  # go install stamps the module version, which `actionlint -version` prints.
  go_tool actionlint github.com/rhysd/actionlint/cmd/actionlint "$ACTIONLINT_VERSION" "$bin/actionlint -version"
  chartmuseum_tool
  helm_releases ci
}

# zot's build stamps, as its Makefile sets them (`Commit` is what `zot --version` prints).
zot_ldflags() {
  local b=zotregistry.dev/zot/v2/pkg/buildinfo
  echo "-X $b.ReleaseTag=$ZOT_VERSION -X $b.Commit=$ZOT_COMMIT -X $b.BinaryType=$ZOT_BUILD -X $b.GoVersion=$(go env GOVERSION)"
}

zot_tags() { [ "$ZOT_BUILD" = extended ] && echo "$ZOT_EXTENDED_TAGS"; }

# zot: `go install` where the module proxy serves it, else the release's source tarball.
zot_tool() {
  local stamp="$ZOT_VERSION $ZOT_BUILD"
  if [ -x "$bin/zot" ] && [ "$(cat "$bin/.zot.version" 2>/dev/null)" = "$stamp" ]; then
    note "zot $stamp: present"; return 0
  fi
  have_go || { note "zot: SKIPPED (no Go toolchain) — the kit then embeds distribution"; return 1; }
  local t0; t0=$(date +%s)
  local gobin; gobin=$(mktemp -d)
  say "building zot $stamp (go install $ZOT_MODULE/cmd/zot@$ZOT_VERSION)"
  # zot's own build uses GOEXPERIMENT=jsonv2.
  if GOBIN="$gobin" CGO_ENABLED=0 GOEXPERIMENT=jsonv2 go install -trimpath -tags "$(zot_tags)" \
      -ldflags "-s -w $(zot_ldflags)" "$ZOT_MODULE/cmd/zot@$ZOT_VERSION" >"$logs/zot.build.log" 2>&1; then
    mv "$gobin/zot" "$bin/zot"
  elif ! zot_from_source "$gobin"; then
    rm -rf "$gobin"
    note "zot missing disables: the embedded zot registry (process and Testcontainers); the kit then embeds distribution"
    return 1
  fi
  rm -rf "$gobin"
  echo "$stamp" >"$bin/.zot.version"
  note "zot $stamp: built in $(( $(date +%s) - t0 ))s ($("$bin/zot" --version 2>&1 | grep -o '"commit":"[^"]*","binary-type":"[^"]*"'))"
}

# zot_from_source WORKDIR: builds $bin/zot from $TCK_ZOT_SOURCE after checking its sha256.
zot_from_source() {
  local work=$1 refused
  refused=$(grep -m1 -E '403|404|not available|error' "$logs/zot.build.log")
  local src=${TCK_ZOT_SOURCE:-$here/../../shared/peers/zot/zot-$ZOT_VERSION-src.tar.gz}
  if [ ! -f "$src" ]; then
    note "zot $ZOT_VERSION: NOT INSTALLED — go install refused ($refused) and no source tarball at $src (set TCK_ZOT_SOURCE)"
    return 1
  fi
  local sum; sum=$(sha256sum "$src" | cut -d' ' -f1)
  if [ "$sum" != "$ZOT_SOURCE_SHA256" ]; then
    note "zot $ZOT_VERSION: NOT INSTALLED — $src has sha256 $sum, tools/versions.env pins $ZOT_SOURCE_SHA256; refused"
    return 1
  fi
  say "go install refused zot ($refused); building it from $src"
  tar -xzf "$src" -C "$work" || { note "zot: NOT INSTALLED — cannot unpack $src"; return 1; }
  local tree; tree=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
  if (cd "$tree" && CGO_ENABLED=0 GOEXPERIMENT=jsonv2 go build -trimpath -tags "$(zot_tags)" -o "$work/zot.bin" \
      -ldflags "-s -w $(zot_ldflags)" ./cmd/zot) >>"$logs/zot.build.log" 2>&1; then
    mv "$work/zot.bin" "$bin/zot"
  else
    note "zot $ZOT_VERSION: NOT INSTALLED — the source build failed (log: $logs/zot.build.log)"
    return 1
  fi
}

# ChartMuseum: `go install` where the module proxy serves it, else the release's source tarball.
chartmuseum_tool() {
  local v=$CHARTMUSEUM_VERSION
  if [ -x "$bin/chartmuseum" ] && [ "$(cat "$bin/.chartmuseum.version" 2>/dev/null)" = "$v" ]; then
    note "chartmuseum $v: present"; return 0
  fi
  have_go || { note "chartmuseum: SKIPPED (no Go toolchain) — disables the migration sources"; return 1; }
  local t0; t0=$(date +%s)
  local work; work=$(mktemp -d)
  local ldflags="-s -w -X main.Version=$v"
  say "building chartmuseum $v (go install $CHARTMUSEUM_MODULE/cmd/chartmuseum@$v)"
  if GOBIN="$work" CGO_ENABLED=0 go install -trimpath -ldflags "$ldflags" \
      "$CHARTMUSEUM_MODULE/cmd/chartmuseum@$v" >"$logs/chartmuseum.build.log" 2>&1; then
    mv "$work/chartmuseum" "$bin/chartmuseum"
  elif ! chartmuseum_from_source "$work" "$ldflags"; then
    rm -rf "$work"
    note "chartmuseum missing disables: the migration tests and the migration suite"
    return 1
  fi
  rm -rf "$work"
  echo "$v" >"$bin/.chartmuseum.version"
  note "chartmuseum $v: built in $(( $(date +%s) - t0 ))s ($("$bin/chartmuseum" --version 2>&1 | head -n 1))"
}

# chartmuseum_from_source WORKDIR LDFLAGS: builds $bin/chartmuseum from $TCK_CHARTMUSEUM_SOURCE.
chartmuseum_from_source() {
  local work=$1 ldflags=$2 refused
  refused=$(grep -m1 -E '403|404|not available|error' "$logs/chartmuseum.build.log")
  local src=${TCK_CHARTMUSEUM_SOURCE:-$here/../../shared/peers/chartmuseum/chartmuseum-$CHARTMUSEUM_VERSION-src.tar.gz}
  if [ ! -f "$src" ]; then
    note "chartmuseum $CHARTMUSEUM_VERSION: NOT INSTALLED — go install refused ($refused) and no source tarball at $src (set TCK_CHARTMUSEUM_SOURCE)"
    return 1
  fi
  local sum; sum=$(sha256sum "$src" | cut -d' ' -f1)
  if [ "$sum" != "$CHARTMUSEUM_SOURCE_SHA256" ]; then
    note "chartmuseum $CHARTMUSEUM_VERSION: NOT INSTALLED — $src has sha256 $sum, tools/versions.env pins $CHARTMUSEUM_SOURCE_SHA256; refused"
    return 1
  fi
  say "go install refused chartmuseum ($refused); building it from $src"
  tar -xzf "$src" -C "$work" || { note "chartmuseum: NOT INSTALLED — cannot unpack $src"; return 1; }
  local tree; tree=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
  if (cd "$tree" && CGO_ENABLED=0 go build -trimpath -o "$work/chartmuseum.bin" -ldflags "$ldflags" \
      ./cmd/chartmuseum) >>"$logs/chartmuseum.build.log" 2>&1; then
    mv "$work/chartmuseum.bin" "$bin/chartmuseum"
  else
    note "chartmuseum $CHARTMUSEUM_VERSION: NOT INSTALLED — the source build failed (log: $logs/chartmuseum.build.log)"
    return 1
  fi
}

# --- Docker engine and local images -------------------------------------------------------------
docker_up() { docker info >/dev/null 2>&1; }

start_docker() {
  if docker_up; then note "docker engine: running"; return 0; fi
  apt_install "$DOCKER_DEB" || { note "docker engine: SKIPPED (cannot install $DOCKER_DEB) — disables Testcontainers registries"; return 1; }
  is_root || { note "docker engine: SKIPPED (not root, not running) — disables Testcontainers registries"; return 1; }
  say "starting dockerd --storage-driver=vfs (log: $logs/dockerd.log)"
  # vfs: the only storage driver that works without overlay support inside this kind of VM.
  nohup dockerd --storage-driver=vfs >"$logs/dockerd.log" 2>&1 &
  echo $! >"$tools_dir/dockerd.pid"
  for _ in $(seq 1 60); do docker_up && break; sleep 0.5; done
  if docker_up; then note "docker engine: started (pid $(cat "$tools_dir/dockerd.pid"))"
  else note "docker engine: FAILED to start (see $logs/dockerd.log) — disables Testcontainers registries"; return 1; fi
}

# import_image NAME:TAG BINARY ENTRYPOINT_JSON CMD_JSON PORT [BUILD]: a one-binary image, no pull needed.
# BUILD goes into the label dev.helmoci.tck.build, which the kit prints when it names the registry.
import_image() {
  local image=$1 binary=$2 entrypoint=$3 cmd=$4 port=$5 build=${6:-}
  if docker image inspect "$image" >/dev/null 2>&1; then
    if [ -z "$build" ] || [ "$(docker image inspect -f "{{index .Config.Labels \"dev.helmoci.tck.build\"}}" "$image")" = "$build" ]; then
      note "image $image: present"; return 0
    fi
    docker image rm -f "$image" >/dev/null 2>&1  # built from another zot build: import it again
  fi
  [ -x "$binary" ] || { note "image $image: SKIPPED (no binary $binary)"; return 1; }
  local root; root=$(mktemp -d)
  mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/var/lib/registry"
  cp "$binary" "$root/bin/"
  tar -C "$root" -cf "$root.tar" . && rm -rf "$root"
  local label=()
  [ -n "$build" ] && label=(--change "LABEL dev.helmoci.tck.build=$build")
  if docker import --change "ENTRYPOINT $entrypoint" --change "CMD $cmd" --change "EXPOSE $port" "${label[@]}" \
      "$root.tar" "$image" >/dev/null 2>"$logs/import.log"; then
    note "image $image: built with docker import"
  else
    note "image $image: FAILED (see $logs/import.log)"
  fi
  rm -f "$root.tar"
}

# The kit image's base: rebuilt when the label (JDK, helm and zot versions) differs.
kit_base_image() {
  local label; label="jre-$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p')-helm3-$HELM3_VERSION-helm4-$HELM4_VERSION-zot-$ZOT_VERSION-$ZOT_BUILD"
  if [ "$(docker image inspect -f '{{index .Config.Labels "dev.helmoci.tck.build"}}' "$KIT_BASE_IMAGE" 2>/dev/null)" = "$label" ]; then
    note "image $KIT_BASE_IMAGE: present"; return 0
  fi
  for b in helm3 helm4 zot; do
    [ -x "$bin/$b" ] || { note "image $KIT_BASE_IMAGE: SKIPPED (no $b) — disables the kit's container image"; return 1; }
  done
  local t0; t0=$(date +%s)
  if bash "$here/kit-base-image.sh" "$KIT_BASE_IMAGE" "$label" "$bin/helm3" "$bin/helm4" "$bin/zot" >"$logs/kit-base.log" 2>&1; then
    note "image $KIT_BASE_IMAGE: built in $(( $(date +%s) - t0 ))s ($label)"
  else
    note "image $KIT_BASE_IMAGE: FAILED (see $logs/kit-base.log) — disables the kit's container image"
  fi
}

build_images() {
  docker_up || return 0
  kit_base_image
  import_image "$ZOT_IMAGE:$ZOT_VERSION" "$bin/zot" '["/bin/zot"]' '["serve","/etc/zot/config.json"]' 5000 "$ZOT_BUILD"
  import_image "$DISTRIBUTION3_IMAGE:$DISTRIBUTION3_VERSION" "$bin/registry3" '["/bin/registry3"]' \
    '["serve","/etc/distribution/config.yml"]' 5000
}

# --- main ----------------------------------------------------------------------------------------
case "${1:-all}" in
  all|"") ;;
  helm)
    shift
    [ $# -gt 0 ] || { echo "usage: tools/provision.sh helm VERSION...|default|ci" >&2; exit 2; }
    helm_releases "$@"
    say "done in $(( $(date +%s) - started ))s; tools in $bin"
    sed 's/^/[provision]   /' "$notes" >&2
    grep -q 'NOT INSTALLED\|SKIPPED' "$notes" && exit 1
    exit 0 ;;
  -h|--help)
    echo "usage: tools/provision.sh          installs every peer, and the helm releases of HELM_MATRIX_CI"
    echo "       tools/provision.sh helm VERSION...|default|ci"
    echo "                                   builds those helm releases into $bin/helm-vX.Y.Z"
    echo "                                   (default: HELM_MATRIX_DEFAULT in tools/versions.env)"
    echo "TCK_TOOLS_DIR overrides $tools_dir"; exit 0 ;;
  *) echo "unknown argument: $1" >&2; exit 2 ;;
esac

apt_install "$DISTRIBUTION2_DEB" && note "distribution 2.8: $(/usr/bin/docker-registry --version 2>/dev/null)" \
  || note "distribution 2.8: SKIPPED — disables the distribution 2.8 registry"
apt_install "$CHROMIUM_DEB" && note "chromium: $(chromium --version 2>/dev/null | head -1)" \
  || note "chromium: SKIPPED — disables the HTML report's browser test"
apt_install "$NGINX_DEB" && note "nginx: $(/usr/sbin/nginx -v 2>&1)" \
  || note "nginx: SKIPPED — disables the static index.yaml migration source"
start_docker &
build_go_peers
wait
build_images

say "done in $(( $(date +%s) - started ))s; tools in $bin"
sed 's/^/[provision]   /' "$notes" >&2
