# Shared by bin/helm-oci-tck and bin/helm-oci (sourced, not run): finds Java 17+, makes the class path from lib/,
# and points the kit at helm, zot and distribution binaries found on PATH. Needs bash and coreutils only.

fail() { printf '%s: %s\n' "$launcher" "$1" >&2; exit 2; }

# Java: $JAVA_HOME, else java on PATH. The release file names the version without starting a JVM.
java_cmd=${JAVA_HOME:+$JAVA_HOME/bin/java}
[ -n "$java_cmd" ] || java_cmd=$(command -v java || true)
[ -n "$java_cmd" ] && [ -x "$java_cmd" ] \
  || fail "needs Java 17 or later: set JAVA_HOME or put java on PATH (a JRE is enough)"
java_release="$(dirname "$(dirname "$(readlink -f "$java_cmd")")")/release"
if [ -f "$java_release" ]; then
  java_version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$java_release")
  [ -z "$java_version" ] || [ "$java_version" -ge 17 ] \
    || fail "needs Java 17 or later; $java_cmd is Java $java_version (set JAVA_HOME)"
fi

# Jars, in byte order of their names: the same class path on every run, which an application class-data-sharing
# archive (-XX:SharedArchiveFile in JAVA_OPTS) requires. TCK_LIB_DIR: where the container image keeps them.
classpath=$(LC_ALL=C; printf '%s:' "${TCK_LIB_DIR:-$home/lib}"/*.jar)
classpath=${classpath%:}

# Peers on PATH, where the kit's own variables and provisioning (~/.cache/helm-oci-tck/tools) do not name them.
export_peer() {  # export_peer VARIABLE COMMAND
  if [ -z "${!1:-}" ] && command -v "$2" >/dev/null 2>&1; then export "$1=$(command -v "$2")"; fi
}
export_peer TCK_HELM3 helm3
export_peer TCK_HELM4 helm4
export_peer TCK_ZOT zot
export_peer TCK_DISTRIBUTION3 registry3
# A plain `helm` is helm 3 or helm 4 by what it says it is.
if command -v helm >/dev/null 2>&1; then
  case "$(helm version --short 2>/dev/null)" in
    v3.*) export_peer TCK_HELM3 helm ;;
    v4.*) export_peer TCK_HELM4 helm ;;
  esac
fi

# Start-up: an application class-data-sharing archive made by bin/make-cds for this directory, class path and
# Java (the JVM ignores it silently otherwise; -Xlog keeps CDS notices off stdout, which carries chart output),
# and for helm-oci, one short process per call, the serial collector and a JIT chosen per command with
# ./tck bench (docs: README "Performance"):
# - C1 only for the calls that read metadata (show, login, logout, help): 20% faster than tiered for a small chart;
# - tiered with later compilation (CompileThresholdScaling=10) for the calls that move chart bytes (push, pull,
#   dependency, migrate): SHA-256 has a C2 intrinsic only, and C1 makes a 100 MiB push or pull 1.2-1.3x helm's
#   time where tiered makes it 0.8-0.9x; the later thresholds keep most start-up code out of C2.
# helm-oci-tck runs C1 only: in a suite run against zot, C2 spent 10.4 s compiling (-XX:+CITime) of a 22.5 s
# run on 2 cores shared with the registry; C1 alone took the run to 20.3 s and its CPU from 30 s to 23 s.
# TCK_JAVA_DEFAULTS replaces these defaults (empty: none); JAVA_OPTS come after.
cds_archive="$home/lib/cds/$launcher.jsa"
java_defaults="-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
[ -r "$cds_archive" ] && java_defaults="$java_defaults -XX:SharedArchiveFile=$cds_archive"
jit_for() {  # jit_for COMMAND: the JIT options of helm-oci for one subcommand
  case "${1:-}" in
    push|pull|dependency|migrate) echo "-XX:CompileThresholdScaling=10" ;;
    *) echo "-XX:TieredStopAtLevel=1" ;;
  esac
}

# shellcheck disable=SC2086 # the option variables are lists of options by design
run_java() {  # run_java MAIN_CLASS ARGS...
  local defaults=$java_defaults
  if [ "$launcher" = helm-oci ]; then
    defaults="$defaults -XX:+UseSerialGC $(jit_for "${2:-}")"
  else
    defaults="$defaults -XX:TieredStopAtLevel=1"
  fi
  defaults=${TCK_JAVA_DEFAULTS-$defaults}
  exec "$java_cmd" $defaults ${JAVA_OPTS:-} -cp "$classpath" "$@"
}
