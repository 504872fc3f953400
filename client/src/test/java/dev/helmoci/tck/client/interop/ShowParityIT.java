package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.action.ChartShow;
import dev.helmoci.tck.fixtures.chart.ChartTarball;
import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.tools.Tools.Tool;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code show chart|values|readme|all} from an OCI registry prints what real helm prints. */
class ShowParityIT {

  @ParameterizedTest
  @EnumSource(
      value = Tool.class,
      names = {"HELM3", "HELM4"})
  void showMatchesHelm(Tool tool, @TempDir Path work) throws Exception {
    HelmCli helm = RealPeers.helm(tool);
    HelmOciClient client =
        RealPeers.client(tool, work.resolve("home"), new ByteArrayOutputStream());
    Path chart =
        ChartTarball.minimal("showme", "0.3.0")
            .file(
                "Chart.yaml",
                "apiVersion: v2\nname: showme\nversion: 0.3.0\ndescription: Shows <things> & more\n"
                    + "keywords: [oci, helm]\nmaintainers:\n- name: Ada\n  email: ada@example.com\nhome: https://example.com\n"
                    + "annotations:\n  b: two\n  a: \"1\"\nappVersion: \"1.0\"\n")
            .file("README.md", "# showme\n\nA chart.\n")
            .writeTo(work.resolve("src"), "showme-0.3.0.tgz");
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3)) {
      client.push(chart, "oci://" + registry.hostPort() + "/show");
      String ref = "oci://" + registry.hostPort() + "/show/showme";
      for (ChartShow.What what : ChartShow.What.values()) {
        HelmResult shown =
            helm.run("show", what.name().toLowerCase(), ref, "--version", "0.3.0", "--plain-http");
        assertThat(shown.succeeded()).as("%s", shown).isTrue();
        assertThat(client.show(ref, "0.3.0", what)).as("show %s", what).isEqualTo(shown.stdout());
      }
    }
  }
}
