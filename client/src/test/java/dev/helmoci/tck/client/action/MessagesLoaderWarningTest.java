package dev.helmoci.tck.client.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.chart.LoaderWarning;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The version gate of the requirements.lock warning, which no provisioned helm can show: load.go
 * logs it from 3.17 on (present in the module sources of v3.17.4, absent from v3.14.4). The words
 * and shapes for 3.22.0 and 4.3.1 are proven against real helm by LoaderWarningParityIT and
 * ChartCorpusDifferentialTest.
 */
class MessagesLoaderWarningTest {

  @Test
  void helm3Before317HasNoRequirementsLockWarning() {
    assertThat(print(new HelmEmulation(3, 14, 4), LoaderWarning.REQUIREMENTS_LOCK)).isEmpty();
    assertThat(print(new HelmEmulation(3, 14, 4), LoaderWarning.REQUIREMENTS_YAML))
        .startsWith("load.go:120: Warning");
    assertThat(print(new HelmEmulation(3, 17, 4), LoaderWarning.REQUIREMENTS_LOCK))
        .startsWith("load.go:138: Warning");
  }

  private static String print(HelmEmulation helm, LoaderWarning warning) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream sink =
        new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    new Messages(sink, new PrintStream(err, true, StandardCharsets.UTF_8), helm)
        .loaderWarning(warning);
    return err.toString(StandardCharsets.UTF_8);
  }
}
