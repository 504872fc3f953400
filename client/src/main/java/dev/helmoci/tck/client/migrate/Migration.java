package dev.helmoci.tck.client.migrate;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.internal.migrate.MigrationState;
import dev.helmoci.tck.client.internal.migrate.VersionMigration;
import dev.helmoci.tck.client.internal.migrate.VersionVerification;
import dev.helmoci.tck.client.repo.ChartRepository;
import dev.helmoci.tck.client.repo.RepoEntry;
import dev.helmoci.tck.client.repo.RepoIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A classic chart repository moved into an OCI namespace, version by version, as {@code helm pull}
 * then {@code helm push} would move it (same manifest, same {@code +}→{@code _} tags), in bulk:
 *
 * <pre>{@code
 * MigrationReport report = Migration.builder(ChartRepository.builder("https://charts.example.com").build(),
 *         HelmOciClient.builder().build(), "oci://registry.example.com/charts")
 *     .stateFile(Path.of("migration.state")).concurrency(4).build().run();
 * }</pre>
 *
 * <p>Resumable: every finished version is recorded in the state file, and a rerun neither downloads
 * nor uploads it again; without a state file a version already on the target with the same bytes is
 * skipped.
 */
public final class Migration {
  private final ChartRepository source;
  private final HelmOciClient client;
  private final String destination;
  private final String namespace;
  private final MigrationFilter filter;
  private final int concurrency;
  private final boolean dryRun;
  private final Path stateFile;
  private final MigrationListener listener;

  private Migration(Builder b) {
    this.source = b.source;
    this.client = b.client;
    this.destination = b.destination;
    this.namespace = b.destination.substring("oci://".length()).replaceAll("/+$", "");
    this.filter = b.filter;
    this.concurrency = b.concurrency;
    this.dryRun = b.dryRun;
    this.stateFile = b.stateFile;
    this.listener = b.listener;
  }

  /**
   * @param destination {@code oci://host[:port]/namespace}, as helm push takes it
   */
  public static Builder builder(ChartRepository source, HelmOciClient client, String destination) {
    return new Builder(source, client, destination);
  }

  /** Migrates every version the filter accepts ({@code --dry-run}: plans without pushing). */
  public MigrationReport run() throws IOException {
    try (MigrationState state = MigrationState.open(dryRun ? null : stateFile)) {
      VersionMigration step = new VersionMigration(source, client, namespace, state, dryRun);
      return each(dryRun ? "dry-run" : "migrate", step::migrate);
    }
  }

  /**
   * Re-checks a finished migration: every version pulled back and compared with the source bytes.
   */
  public MigrationReport verify() throws IOException {
    return each("verify", new VersionVerification(source, client, namespace)::verify);
  }

  private MigrationReport each(String mode, Function<RepoEntry, VersionOutcome> work)
      throws IOException {
    long start = System.nanoTime();
    RepoIndex index = source.index();
    List<RepoEntry> plan = index.versions().filter(filter::accepts).toList();
    listener.planned(plan.size(), index.skipped().size());
    AtomicInteger done = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            concurrency,
            r -> {
              Thread t = new Thread(r, "migrate");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<VersionOutcome>> futures = new ArrayList<>();
      for (RepoEntry entry : plan) {
        futures.add(
            pool.submit(
                () -> {
                  VersionOutcome outcome = work.apply(entry);
                  listener.finished(
                      outcome,
                      done.incrementAndGet(),
                      plan.size(),
                      bytes.addAndGet(outcome.bytes()),
                      System.nanoTime() - start);
                  return outcome;
                }));
      }
      List<VersionOutcome> outcomes = new ArrayList<>();
      for (Future<VersionOutcome> f : futures) {
        outcomes.add(f.get());
      }
      outcomes.sort(
          Comparator.comparing(VersionOutcome::chart).thenComparing(VersionOutcome::version));
      return new MigrationReport(
          mode,
          source.toString().replaceAll("^ChartRepository\\{|\\}$", ""),
          destination,
          outcomes,
          index.skipped(),
          System.nanoTime() - start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("migration interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("migration step crashed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Configures a {@link Migration}. */
  public static final class Builder {
    private final ChartRepository source;
    private final HelmOciClient client;
    private final String destination;
    private MigrationFilter filter = MigrationFilter.ALL;
    private int concurrency = 4;
    private boolean dryRun;
    private Path stateFile;
    private MigrationListener listener = MigrationListener.NONE;

    private Builder(ChartRepository source, HelmOciClient client, String destination) {
      this.source = Objects.requireNonNull(source);
      this.client = Objects.requireNonNull(client);
      if (!destination.startsWith("oci://") || destination.length() <= "oci://".length()) {
        throw new IllegalArgumentException(
            "destination \"" + destination + "\" must be oci://host/namespace");
      }
      this.destination = destination;
    }

    public Builder filter(MigrationFilter value) {
      filter = Objects.requireNonNull(value);
      return this;
    }

    /** Versions moved at once (1–64); each holds one archive in memory. */
    public Builder concurrency(int value) {
      if (value < 1 || value > 64) {
        throw new IllegalArgumentException("concurrency must be 1..64, got " + value);
      }
      concurrency = value;
      return this;
    }

    public Builder dryRun(boolean value) {
      dryRun = value;
      return this;
    }

    /**
     * Where finished versions are recorded; unset, the run cannot be resumed (same-content skips
     * still apply).
     */
    public Builder stateFile(Path value) {
      stateFile = value;
      return this;
    }

    public Builder listener(MigrationListener value) {
      listener = Objects.requireNonNull(value);
      return this;
    }

    public Migration build() {
      return new Migration(this);
    }
  }
}
