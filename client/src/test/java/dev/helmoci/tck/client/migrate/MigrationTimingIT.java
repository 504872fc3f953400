package dev.helmoci.tck.client.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.internal.manifest.PulledManifest;
import dev.helmoci.tck.client.migrate.VersionOutcome.Status;
import dev.helmoci.tck.client.registry.FetchedManifest;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.repo.ChartRepository;
import dev.helmoci.tck.client.transport.ExchangeObserver;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.repo.ChartMuseumProcess;
import dev.helmoci.tck.fixtures.repo.ChartSource;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.fixtures.tools.Tools;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same 210 versions moved twice from one ChartMuseum into one zot, in the same run: by {@code
 * Migration} (4 at once) into one namespace, and by real helm 3 — {@code helm pull --repo} ({@code
 * --prov} where a {@code .prov} exists) then {@code helm push}, one version at a time, as Helm's
 * docs describe — into another. Both must leave byte-identical charts and the same manifests
 * (config, layers, annotations; only the creation time differs); the rates go to {@code
 * target/migration-timing.md} and {@code .json}.
 */
class MigrationTimingIT {
  /** The one annotation that differs by design: helm stamps the archive file's time. */
  private static final String CREATED = "org.opencontainers.image.created";

  @Test
  void comparesWithHelmPullThenPushOneByOne(@TempDir Path work) throws Exception {
    PeerCheck.require(
        Tools.fromEnvironment().find(Tool.HELM3).isPresent(), "HELM3", "helm3 not provisioned");
    ChartSource source = MigrationPeers.source();
    double mib = source.totalBytes() / (1024.0 * 1024);
    try (ChartMuseumProcess museum = ChartMuseumProcess.start(source, Optional.empty());
        EmbeddedRegistry registry = MigrationPeers.registry(RegistryFlavor.ZOT)) {
      ChartRepository repo = ChartRepository.builder(museum.url().toString()).build();
      MigrationReport kit =
          Migration.builder(
                  repo,
                  MigrationPeers.client(work, ExchangeObserver.NONE),
                  "oci://" + registry.hostPort() + "/kit")
              .concurrency(4)
              .build()
              .run();
      assertThat(kit.counts().get(Status.MIGRATED))
          .as(kit.toText())
          .isEqualTo(source.versions().size());

      HelmCli helm = new HelmCli(Tools.fromEnvironment().require(Tool.HELM3), work.resolve("helm"));
      long start = System.nanoTime();
      for (ChartSource.Version v : source.versions()) {
        Path dir =
            Files.createDirectories(
                work.resolve("one-by-one").resolve(v.name() + "-" + v.version()));
        // helm pull leaves the .prov behind unless --prov, and --prov fails where there is none: a
        // careful user
        // passes it exactly for the versions that have one, as here (the index does not say which).
        java.util.List<String> args =
            new java.util.ArrayList<>(
                java.util.List.of(
                    "pull",
                    v.name(),
                    "--repo",
                    museum.url().toString(),
                    "--version",
                    v.version(),
                    "-d",
                    dir.toString()));
        if (v.prov().isPresent()) {
          args.add("--prov");
        }
        HelmResult pull = helm.run(args, "", HelmCli.DEFAULT_TIMEOUT);
        assertThat(pull.succeeded()).as("%s", pull).isTrue();
        HelmResult push =
            helm.run(
                "push",
                dir.resolve(v.fileName()).toString(),
                "oci://" + registry.hostPort() + "/helm",
                "--plain-http");
        assertThat(push.succeeded()).as("%s", push).isTrue();
      }
      double helmSeconds = (System.nanoTime() - start) / 1e9;

      MigrationReport helmVerified =
          Migration.builder(
                  repo,
                  MigrationPeers.client(work, ExchangeObserver.NONE),
                  "oci://" + registry.hostPort() + "/helm")
              .build()
              .verify();
      assertThat(helmVerified.counts().get(Status.VERIFIED))
          .as(helmVerified.toText())
          .isEqualTo(source.versions().size());
      sameManifestsAsHelm(source, registry, work);
      write(source.versions().size(), mib, kit.seconds(), helmSeconds);
    }
  }

  /**
   * Helm is the oracle: per version, the kit's manifest has helm's config, layers and annotations
   * but the time.
   */
  private static void sameManifestsAsHelm(ChartSource source, EmbeddedRegistry registry, Path work)
      throws Exception {
    RegistryClient oci =
        MigrationPeers.client(work, ExchangeObserver.NONE).registry(registry.hostPort());
    for (ChartSource.Version v : source.versions()) {
      String tag = v.version().replace('+', '_');
      PulledManifest kit = manifest(oci, "kit/" + v.name(), tag);
      PulledManifest helm = manifest(oci, "helm/" + v.name(), tag);
      assertThat(kit.config()).as("config of %s", v.fileName()).isEqualTo(helm.config());
      assertThat(kit.layers()).as("layers of %s", v.fileName()).isEqualTo(helm.layers());
      Map<String, String> kitAnnotations = new TreeMap<>(kit.annotations());
      Map<String, String> helmAnnotations = new TreeMap<>(helm.annotations());
      kitAnnotations.remove(CREATED);
      helmAnnotations.remove(CREATED);
      assertThat(kitAnnotations).as("annotations of %s", v.fileName()).isEqualTo(helmAnnotations);
    }
  }

  private static PulledManifest manifest(RegistryClient oci, String repository, String tag)
      throws Exception {
    FetchedManifest fetched = oci.fetchManifest(repository, tag);
    return PulledManifest.parse(fetched.content(), fetched.descriptor().mediaType());
  }

  private static void write(int versions, double mib, double kitSeconds, double helmSeconds)
      throws Exception {
    Path target = Path.of("target");
    Files.createDirectories(target);
    String md =
        String.format(
            Locale.ROOT,
            "# Migration timing (ChartMuseum v0.16.5 → zot, same run, same machine)%n%n"
                + "| method | versions | MiB | seconds | versions/s | MiB/s |%n| --- | --- | --- | --- | --- | --- |%n"
                + "| helm-oci migrate (4 at once) | %d | %.2f | %.1f | %.1f | %.2f |%n"
                + "| helm pull + helm push, one by one (helm 3) | %d | %.2f | %.1f | %.1f | %.2f |%n%n"
                + "Speed-up: %.1fx. Reproduce: `mvn -B -pl client -am verify -Dit.test=MigrationTimingIT "
                + "-Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false`%n",
            versions,
            mib,
            kitSeconds,
            versions / kitSeconds,
            mib / kitSeconds,
            versions,
            mib,
            helmSeconds,
            versions / helmSeconds,
            mib / helmSeconds,
            helmSeconds / kitSeconds);
    Files.writeString(target.resolve("migration-timing.md"), md);
    Files.writeString(
        target.resolve("migration-timing.json"),
        String.format(
            Locale.ROOT,
            "{\"versions\":%d,\"mib\":%.3f,\"kit\":{\"seconds\":%.2f,\"versionsPerSecond\":%.2f,\"mibPerSecond\":%.3f},"
                + "\"helmOneByOne\":{\"seconds\":%.2f,\"versionsPerSecond\":%.2f,\"mibPerSecond\":%.3f}}%n",
            versions,
            mib,
            kitSeconds,
            versions / kitSeconds,
            mib / kitSeconds,
            helmSeconds,
            versions / helmSeconds,
            mib / helmSeconds));
    System.out.print(md);
  }
}
