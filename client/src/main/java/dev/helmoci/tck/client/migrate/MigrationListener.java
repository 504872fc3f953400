package dev.helmoci.tck.client.migrate;

/**
 * Observes a migration as it runs; {@link #NONE} ignores everything. Called from worker threads.
 */
public interface MigrationListener {
  MigrationListener NONE = new MigrationListener() {};

  /** The plan: how many versions passed the filter. */
  default void planned(int versions, int skippedByIndex) {}

  /** One version finished; {@code done} of {@code total} are finished now. */
  default void finished(
      VersionOutcome outcome, int done, int total, long bytesSoFar, long elapsedNanos) {}
}
