#!/usr/bin/env bash
# The benchmark (benchmarks module): kit, helm-oci CLI and in-process client against real helm 3 and 4, in one
# run, on a zot and a distribution it starts. Expects `mvn install -DskipTests` (./tck bench does it).
# Arguments go to the benchmark; `./tck bench --help` lists them. Writes result.json and result.md to --out.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
classpath_file=benchmarks/target/bench.classpath
if [ ! -s "$classpath_file" ] || [ benchmarks/pom.xml -nt "$classpath_file" ]; then
  mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
fi
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
distribution="$root/distribution/target/helm-oci-tck-$version/helm-oci-tck-$version"
cd "${TCK_CALLER_DIR:-$root}"
exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dtck.distribution.dir="$distribution" \
  -cp "$root/benchmarks/target/classes:$(cat "$root/$classpath_file")" dev.helmoci.tck.benchmarks.BenchCli "$@"
