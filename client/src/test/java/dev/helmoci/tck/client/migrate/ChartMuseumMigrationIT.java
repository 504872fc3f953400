package dev.helmoci.tck.client.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.migrate.VersionOutcome.Status;
import dev.helmoci.tck.client.repo.ChartRepository;
import dev.helmoci.tck.client.transport.ExchangeObserver;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import dev.helmoci.tck.fixtures.registry.BasicCredentials;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.repo.ChartMuseumProcess;
import dev.helmoci.tck.fixtures.repo.ChartSource;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.fixtures.tools.Tools;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole 210-version source, served by a real ChartMuseum behind Basic auth, migrated into zot
 * and distribution: 209 migrated, the one entry whose archive does not match the index reported
 * with both digests; then every version pulled back byte-identical by the client ({@code verify})
 * and one version of each shape (prerelease, build metadata, provenance, dependency) by real helm.
 */
class ChartMuseumMigrationIT {

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = RegistryFlavor.class,
      names = {"ZOT", "DISTRIBUTION_3"})
  void migratesEveryVersionByteIdentical(RegistryFlavor flavor, @TempDir Path work)
      throws Exception {
    ChartSource source = MigrationPeers.source();
    BasicCredentials user = new BasicCredentials("museum", "pw-" + System.nanoTime());
    try (ChartMuseumProcess museum = ChartMuseumProcess.start(source, Optional.of(user));
        EmbeddedRegistry registry = MigrationPeers.registry(flavor)) {
      ChartRepository repo =
          ChartRepository.builder(museum.url().toString())
              .basicAuth(user.username(), user.password())
              .build();
      assertThat(repo.index().size())
          .as("ChartMuseum indexed the whole source")
          .isEqualTo(source.versions().size());
      ChartSource.Version broken = source.broken();
      museum.corruptAfterIndexing(broken.fileName(), source.brokenBytes());

      HelmOciClient client = MigrationPeers.client(work, ExchangeObserver.NONE);
      String destination = "oci://" + registry.hostPort() + "/migrated";
      MigrationReport report =
          Migration.builder(repo, client, destination)
              .stateFile(work.resolve("state"))
              .concurrency(4)
              .build()
              .run();

      assertThat(report.counts().get(Status.MIGRATED))
          .as(report.toText())
          .isEqualTo(source.versions().size() - 1);
      VersionOutcome failure = report.failures().get(0);
      assertThat(report.failures()).hasSize(1);
      assertThat(failure.chart() + " " + failure.version()).isEqualTo("alpha 2.9.4");
      assertThat(failure.reason())
          .contains("sha256:" + broken.sha256())
          .contains(
              dev.helmoci.tck.client.reference.Digest.sha256(source.brokenBytes()).toString());
      assertThat(report.exitCode()).isEqualTo(1);
      assertThat(report.toJson()).contains("\"migrated\" : " + (source.versions().size() - 1));
      assertThat(report.outcomes().stream().filter(VersionOutcome::provenance).count())
          .isEqualTo(source.versions().stream().filter(v -> v.prov().isPresent()).count());

      MigrationReport verified = Migration.builder(repo, client, destination).build().verify();
      assertThat(verified.counts().get(Status.VERIFIED))
          .as(verified.toText())
          .isEqualTo(source.versions().size() - 1);
      assertThat(verified.failures()).extracting(VersionOutcome::version).containsExactly("2.9.4");

      MigrationReport again = Migration.builder(repo, client, destination).build().run();
      assertThat(again.counts().get(Status.SKIPPED))
          .as("a rerun without state skips same content: %s", again.toText())
          .isEqualTo(source.versions().size() - 1);

      helmPullsBack(source, registry, work);
    }
  }

  /** Real helm pulls one version of each shape; the archive is the source's, byte for byte. */
  private static void helmPullsBack(ChartSource source, EmbeddedRegistry registry, Path work)
      throws Exception {
    PeerCheck.require(
        Tools.fromEnvironment().find(Tool.HELM3).isPresent(), "HELM3", "helm3 not provisioned");
    HelmCli helm = new HelmCli(Tools.fromEnvironment().require(Tool.HELM3), work.resolve("helm"));
    List<String> picks =
        List.of(
            "alpha 1.0.0",
            "beta 0.3.0-rc.1",
            "gamma 3.0.7+build.2",
            "delta 0.4.0",
            "epsilon 5.1.3");
    for (ChartSource.Version v : source.versions()) {
      if (!picks.contains(v.name() + " " + v.version())
          && !(v.prov().isPresent() && v.name().equals("beta"))) {
        continue;
      }
      Path dir =
          Files.createDirectories(work.resolve("pulled").resolve(v.name() + "-" + v.version()));
      HelmResult pull =
          helm.run(
              "pull",
              "oci://" + registry.hostPort() + "/migrated/" + v.name(),
              "--version",
              v.version(),
              "--plain-http",
              "-d",
              dir.toString());
      assertThat(pull.succeeded()).as("%s", pull).isTrue();
      assertThat(dir.resolve(v.fileName()))
          .as("helm pull of %s %s", v.name(), v.version())
          .hasBinaryContent(v.archive());
    }
  }
}
