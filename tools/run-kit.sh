#!/usr/bin/env bash
# The kit's main job: run the built-in suites with the helm-oci-tck CLI (against the embedded registry unless
# --target or OCI_ROOT_URL says otherwise). Expects `mvn install -DskipTests` to have run (./tck run does it).
# Arguments go to `helm-oci-tck run` (or `probe` / `sweep` when named first); see `./tck run --help`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The distribution's class path: the suites, the CLI, the embedded peers and the logging binding, as bin/helm-oci-tck has.
classpath_file=distribution/target/kit.classpath
if [ ! -s "$classpath_file" ] || [ distribution/pom.xml -nt "$classpath_file" ]; then
  mvn -B -q -pl distribution dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/kit.classpath >/dev/null
fi
command=run
case "${1:-}" in run|matrix|probe|sweep|report|verify-bundle) command=$1; shift ;; esac
args=("$@")
if [ -n "${OCI_ROOT_URL:-}" ] && { [ "$command" = run ] || [ "$command" = matrix ]; }; then
  args=(--target "$OCI_ROOT_URL" "${args[@]}")
  [ -n "${OCI_USERNAME:-}" ] && args=(--username "$OCI_USERNAME" "${args[@]}")
  [ -n "${OCI_NAMESPACE:-}" ] && args=(--namespace "$OCI_NAMESPACE" "${args[@]}")
fi
classpath="$(pwd)/suites/target/classes:$(cat "$classpath_file")"
# The kit's checkout: `matrix --helm default|ci` reads its tools/versions.env.
export TCK_HOME=${TCK_HOME:-$(pwd)}
# Relative paths in the arguments are the caller's (./tck passes its directory in TCK_CALLER_DIR).
cd "${TCK_CALLER_DIR:-$(pwd)}"
# The password never goes on a command line: the engine reads OCI_PASSWORD from the environment.
# C1 only, as bin/helm-oci-tck runs (distribution/src/dist/lib/launch.sh says why).
exec java -XX:TieredStopAtLevel=1 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath" dev.helmoci.tck.engine.cli.TckCli "$command" "${args[@]}"
