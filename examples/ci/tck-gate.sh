#!/usr/bin/env bash
# The CI gate both templates run: one profile of the Helm OCI TCK against a staging registry.
#   OCI_ROOT_URL, OCI_USERNAME, OCI_PASSWORD (or OCI_TOKEN), OCI_NAMESPACE   from the CI system's secrets
#   TCK_HOME      the unpacked distribution (default: the directory holding bin/helm-oci-tck on PATH)
#   TCK_PROFILE   default helm-core;  TCK_REPORTS  default tck-report;  TCK_SHARD  I/N for a matrix job
# Exit code: the kit's own — 0 no case failed (warn does not fail the pipeline), 1 a case failed, 2 the kit or
# its environment broke. summary.md goes to the job summary where the CI system has one (GitHub's
# GITHUB_STEP_SUMMARY); the reports directory is what the job keeps as artifacts.
set -uo pipefail

reports=${TCK_REPORTS:-tck-report}
kit=${TCK_HOME:+$TCK_HOME/bin/}helm-oci-tck
command -v "$kit" >/dev/null || { echo "tck-gate: $kit not found (set TCK_HOME to the unpacked distribution)" >&2; exit 2; }
[ -n "${OCI_ROOT_URL:-}" ] || { echo "tck-gate: OCI_ROOT_URL is not set (the staging registry's URL)" >&2; exit 2; }

args=(run --profile "${TCK_PROFILE:-helm-core}" --reports "$reports")
[ -n "${TCK_SHARD:-}" ] && args+=(--shard "$TCK_SHARD")
[ -n "${TCK_EXPECTATIONS:-}" ] && args+=(--expectations "$TCK_EXPECTATIONS")
[ "${TCK_PLAIN_HTTP:-false}" = true ] && args+=(--plain-http)

"$kit" "${args[@]}"
code=$?

if [ -f "$reports/summary.md" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  cat "$reports/summary.md" >>"$GITHUB_STEP_SUMMARY"
fi
case $code in
  0) echo "tck-gate: passed (warnings, if any, are in $reports/summary.md)" ;;
  1) echo "tck-gate: FAILED — a case whose failure breaks a helm command failed; see $reports/summary.md" >&2 ;;
  *) echo "tck-gate: the kit or its environment broke (exit $code); see the log above" >&2 ;;
esac
exit "$code"
