package dev.helmoci.tck.benchmarks;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.action.ChartShow;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The reference client as a library, one {@link HelmOciClient} for the whole run (as the engine's
 * reference driver holds one per target), so its connections and tokens are reused as in a warm
 * suite run.
 */
final class InProcessCaller implements ChartCaller {
  private final HelmOciClient client;

  InProcessCaller() {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
    client =
        HelmOciClient.builder()
            .transport(TransportOptions.builder().plainHttp(true).build())
            .basicAuth(Peers.USERNAME, Peers.PASSWORD)
            .output(discard, discard)
            .build();
  }

  @Override
  public String name() {
    return "client";
  }

  @Override
  public double push(Path chart, String remote) throws Exception {
    long start = System.nanoTime();
    client.push(chart, remote);
    return (System.nanoTime() - start) / 1e6;
  }

  @Override
  public double pull(String ref, String version, Path dir) throws Exception {
    long start = System.nanoTime();
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    client.pullTo(client.locate(ref, version), dir.resolve(name + "-" + version + ".tgz"));
    return (System.nanoTime() - start) / 1e6;
  }

  @Override
  public double showChart(String ref, String version, String chartName) throws Exception {
    long start = System.nanoTime();
    String out = client.show(ref, version, ChartShow.What.CHART);
    double took = (System.nanoTime() - start) / 1e6;
    if (!out.contains("name: " + chartName)) {
      throw new IllegalStateException(
          "client show chart " + ref + " printed no 'name: " + chartName + "'");
    }
    return took;
  }
}
