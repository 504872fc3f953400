package dev.helmoci.tck.client.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.migrate.VersionOutcome.Status;
import dev.helmoci.tck.client.repo.ChartRepository;
import dev.helmoci.tck.client.repo.RepoEntry;
import dev.helmoci.tck.client.transport.ExchangeObserver;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.repo.ChartSource;
import dev.helmoci.tck.fixtures.repo.NginxSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The GitHub-Pages/S3 shape: a static {@code index.yaml} (and the same index as JSON) served by
 * nginx, archives under {@code charts/} named by relative URLs, every seventh by an absolute one,
 * one entry whose recorded digest is wrong. Filters, {@code --dry-run} and the digest check are
 * proven on it.
 */
class StaticSiteMigrationIT {

  @Test
  void migratesAFilteredStaticSiteAndRefusesTheLyingEntry(@TempDir Path work) throws Exception {
    ChartSource source = MigrationPeers.source();
    ChartSource.Version broken = source.broken();
    try (NginxSite site =
            NginxSite.start(
                (root, url) -> {
                  source.writeArchives(root.resolve("charts"));
                  int[] i = {0};
                  String index =
                      source.indexYaml(
                          v -> (i[0]++ % 7 == 0 ? url + "charts/" : "charts/") + v.fileName(),
                          digest -> "0000" + digest.substring(4),
                          broken);
                  Files.writeString(root.resolve("index.yaml"), index);
                  Files.writeString(
                      root.resolve("index.json"),
                      new ObjectMapper().writeValueAsString(new Yaml().load(index)));
                });
        EmbeddedRegistry registry = MigrationPeers.registry(RegistryFlavor.ZOT)) {
      ChartRepository repo = ChartRepository.builder(site.url().toString()).build();
      ChartRepository json =
          ChartRepository.builder(site.url().toString()).indexFile("index.json").build();
      assertThat(json.index().versions().map(RepoEntry::toString))
          .containsExactlyElementsOf(repo.index().versions().map(RepoEntry::toString).toList());

      HelmOciClient client = MigrationPeers.client(work, ExchangeObserver.NONE);
      String destination = "oci://" + registry.hostPort() + "/site";
      MigrationFilter filter = MigrationFilter.of(Set.of("alpha", "gamma"), ">=2.9.0");
      MigrationReport plan =
          Migration.builder(repo, client, destination).filter(filter).dryRun(true).build().run();
      assertThat(plan.counts().get(Status.PLANNED)).as(plan.toText()).isEqualTo(34);
      assertThatThrownBy(() -> client.registry(registry.hostPort()).listTags("site/gamma"))
          .as("a dry run pushes nothing")
          .hasMessageContaining("404: name unknown");

      MigrationReport report =
          Migration.builder(repo, client, destination)
              .filter(filter)
              .stateFile(work.resolve("state"))
              .build()
              .run();
      assertThat(report.counts().get(Status.MIGRATED)).as(report.toText()).isEqualTo(34);
      assertThat(report.failures())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.version()).isEqualTo("2.9.4");
                assertThat(f.reason())
                    .contains(
                        "sha256:0000" + broken.sha256().substring(4), "sha256:" + broken.sha256());
              });
      assertThat(client.tags(registry.hostPort() + "/site/gamma"))
          .hasSize(30)
          .contains("3.0.14+build.2");
      assertThat(
              Migration.builder(repo, client, destination)
                  .filter(filter)
                  .build()
                  .verify()
                  .counts()
                  .get(Status.VERIFIED))
          .isEqualTo(34);
    }
  }
}
