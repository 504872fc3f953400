package dev.helmoci.tck.engine.embedded;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.migrate.Migration;
import dev.helmoci.tck.client.migrate.MigrationFilter;
import dev.helmoci.tck.client.migrate.MigrationReport;
import dev.helmoci.tck.client.migrate.VersionOutcome;
import dev.helmoci.tck.client.provenance.ProvenanceSigner;
import dev.helmoci.tck.client.repo.ChartRepository;
import dev.helmoci.tck.engine.evidence.StepTranscript;
import dev.helmoci.tck.engine.step.DriverCall;
import dev.helmoci.tck.engine.step.Observation;
import dev.helmoci.tck.engine.step.StepAction;
import dev.helmoci.tck.engine.step.StepContext;
import dev.helmoci.tck.engine.step.StepType;
import dev.helmoci.tck.engine.target.Target;
import dev.helmoci.tck.engine.target.TargetClients;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import dev.helmoci.tck.fixtures.registry.BasicCredentials;
import dev.helmoci.tck.fixtures.repo.ChartMuseumProcess;
import dev.helmoci.tck.fixtures.repo.ChartSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code type: migrate}: starts a kit-owned ChartMuseum over the kit's 210-version source (signed
 * {@code .prov} files, prereleases, build metadata, a dependency chart, and — with {@code breakOne:
 * true}, the default — one archive that no longer matches its index digest), migrates it into
 * {@code destination} with the reference client, then pulls every version back and compares bytes
 * ({@code verify}). Keys: {@code destination} (required, {@code oci://…}), {@code charts} (names),
 * {@code versions} (constraint), {@code basicAuth} (default true), {@code breakOne}, {@code
 * concurrency}. Observes the report's counts ({@code migrated}, {@code skipped}, {@code failed},
 * {@code verified}, …), {@code failedVersions} ({@code chart version, …}), {@code failures}
 * (reasons) and {@code sha256.<chart>-<version>} of every source archive.
 */
public final class MigrateStep implements StepType {
  private static ChartSource source;

  @Override
  public String name() {
    return "migrate";
  }

  @Override
  public Set<String> keys() {
    return Set.of("destination", "charts", "versions", "basicAuth", "breakOne", "concurrency");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    Optional<String> destination = step.requiredString("destination");
    return destination.map(
        d ->
            new Action(
                d,
                step.strings("charts"),
                step.string("versions"),
                step.bool("basicAuth").orElse(true),
                step.bool("breakOne").orElse(true),
                step.integer("concurrency").orElse(4)));
  }

  /** The source is generated once per run: signing its provenance files costs about a second. */
  static synchronized ChartSource source() throws IOException {
    if (source == null) {
      ProvenanceSigner signer =
          ProvenanceSigner.throwaway("Helm OCI TCK migration <tck@example.com>");
      source = ChartSource.generated(v -> signer.signArchive(v.archive(), v.fileName()));
    }
    return source;
  }

  private record Action(
      String destination,
      List<String> charts,
      Optional<String> versions,
      boolean basicAuth,
      boolean breakOne,
      int concurrency)
      implements StepAction {

    @Override
    public Observation run(StepContext context) throws Exception {
      String target = context.interpolate(destination);
      ChartSource charts = source();
      Optional<BasicCredentials> auth =
          basicAuth
              ? Optional.of(
                  new BasicCredentials("museum", "pw-" + Long.toHexString(System.nanoTime())))
              : Optional.empty();
      try (ChartMuseumProcess museum = ChartMuseumProcess.start(charts, auth)) {
        ChartRepository.Builder repo = ChartRepository.builder(museum.url().toString());
        auth.ifPresent(a -> repo.basicAuth(a.username(), a.password()));
        ChartRepository repository = repo.build();
        repository.index(); // ChartMuseum indexes on first request; the corruption must come after
        if (breakOne) {
          museum.corruptAfterIndexing(charts.broken().fileName(), charts.brokenBytes());
        }
        HelmOciClient client = client(context.target(), context.workDirectory());
        MigrationFilter filter =
            MigrationFilter.of(
                new HashSet<>(this.charts.stream().map(context::interpolate).toList()),
                versions.map(context::interpolate).orElse(null));
        // Write-ahead: every repository the migration may write to, before it starts (cleanup
        // deletes their tags).
        charts.versions().stream()
            .map(ChartSource.Version::name)
            .distinct()
            .forEach(
                name ->
                    context
                        .ledger()
                        .repository(
                            context.caseId(), DriverCall.repositoryOf(target + "/" + name)));
        MigrationReport migrated =
            Migration.builder(repository, client, target)
                .filter(filter)
                .stateFile(context.workDirectory().resolve("migration.state"))
                .concurrency(concurrency)
                .build()
                .run();
        for (VersionOutcome o : migrated.outcomes()) {
          if (o.status() == VersionOutcome.Status.MIGRATED) {
            context
                .ledger()
                .manifest(
                    context.caseId(),
                    DriverCall.repositoryOf(target + "/" + o.chart()),
                    o.tag(),
                    o.manifestDigest());
          }
        }
        MigrationReport verified =
            Migration.builder(repository, client, target)
                .filter(filter)
                .concurrency(concurrency)
                .build()
                .verify();
        Observation.Builder observed = Observation.of("migrate " + museum.url() + " -> " + target);
        migrated
            .counts()
            .forEach(
                (s, n) -> observed.field(s.name().toLowerCase(Locale.ROOT), Integer.toString(n)));
        observed
            .field(
                "verified", Integer.toString(verified.counts().get(VersionOutcome.Status.VERIFIED)))
            .field("verifyFailed", Integer.toString(verified.failures().size()))
            .field(
                "failedVersions",
                migrated.failures().stream()
                    .map(f -> f.chart() + " " + f.version())
                    .collect(Collectors.joining(", ")))
            .field(
                "failures",
                context.redact(
                    migrated.failures().stream()
                        .map(VersionOutcome::reason)
                        .collect(Collectors.joining("; "))))
            .field("report", context.redact(migrated.toText()));
        for (ChartSource.Version v : charts.versions()) {
          observed.field("sha256." + v.name() + "-" + v.version(), "sha256:" + v.sha256());
        }
        return observed.build();
      }
    }

    /** The reference client as the target wants it reached: its TLS options and its account. */
    private static HelmOciClient client(Target target, Path home) {
      PrintStream quiet =
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      // The migration runs on threads of its own: its exchanges go to the step's transcript
      // directly, so the step's evidence (and the time it waited on the registry) is complete.
      StepTranscript transcript = StepTranscript.current().orElseGet(StepTranscript::new);
      HelmOciClient.Builder b =
          HelmOciClient.builder()
              .transport(
                  TargetClients.transportOptions(target).toBuilder()
                      .observer(transcript::record)
                      .build())
              .environment(Map.of("HOME", home.toString()))
              .output(quiet, quiet);
      target.credentials().ifPresent(c -> b.basicAuth(c.username(), c.password()));
      return b.build();
    }

    @Override
    public String describe() {
      return "migrate chartmuseum -> " + destination;
    }

    @Override
    public Set<String> repositories() {
      return Set.of(DriverCall.repositoryOf(destination));
    }
  }
}
