package dev.helmoci.tck.client.migrate;

/**
 * What happened to one chart version.
 *
 * @param tag the OCI tag ({@code +} mapped to {@code _}, as helm push maps it)
 * @param sourceDigest the archive's SHA-256 as served (or as the index records it, when not
 *     downloaded)
 * @param manifestDigest the target manifest's digest, empty when none was pushed or found
 * @param bytes archive plus provenance bytes moved (0 when nothing was uploaded)
 * @param reason why it was skipped or failed, empty otherwise
 */
public record VersionOutcome(
    String chart,
    String version,
    String tag,
    Status status,
    String sourceDigest,
    String manifestDigest,
    long bytes,
    boolean provenance,
    String reason) {

  /** The classes of the final report. */
  public enum Status {
    /** Pushed by this run. */
    MIGRATED,
    /** The target already holds this version with the same chart and provenance bytes. */
    SKIPPED,
    /** Finished by an earlier, interrupted run (the state file says so): not contacted again. */
    RESUMED,
    /** Would be migrated ({@code --dry-run}). */
    PLANNED,
    /** {@code --verify}: pulled back byte-identical. */
    VERIFIED,
    /** Not migrated (or not verified): see the reason. */
    FAILED
  }

  public boolean failed() {
    return status == Status.FAILED;
  }
}
