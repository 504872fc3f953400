package dev.helmoci.tck.engine.driver.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.helmoci.tck.engine.Constants;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.fixtures.tools.Tools;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A step's timeout is the helm driver's only timeout, and it ends helm: a push with {@code timeout:
 * 3s} against a registry that accepts connections and never answers fails the case, and no helm
 * process outlives it.
 */
class StepTimeoutKillsHelmIT {

  @Test
  void aTimedOutStepLeavesNoHelmBehind(@TempDir Path work) throws Exception {
    PeerCheck.require(
        Tools.fromEnvironment().find(Tools.Tool.HELM3).isPresent(),
        "HELM3",
        "helm3 not provisioned (./tck provision)");
    Path suite =
        Files.writeString(
            work.resolve("silent.suite.yaml"),
            """
        format: 1
        id: silent
        title: A registry that never answers
        cases:
          - id: push-to-silence
            title: helm push against a silent registry
            steps:
              - {type: chart, name: silent, version: 0.1.0, as: c}
              - type: push
                chart: ${c.path}
                timeout: 3s
        """);
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<Socket> held = new ArrayList<>();
      Thread acceptor =
          new Thread(
              () -> {
                while (!silent.isClosed()) {
                  try {
                    held.add(silent.accept());
                  } catch (java.io.IOException e) {
                    return;
                  }
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      EngineTestKit.engine(Constants.ENGINE_ID)
          .selectors(selectFile(suite.toFile()))
          .configurationParameter(Constants.DRIVER_PROPERTY_NAME, "helm3")
          .configurationParameter("helm-oci-tck.cleanup", "false")
          .configurationParameter(
              Constants.TARGET_URL_PROPERTY_NAME, "http://127.0.0.1:" + silent.getLocalPort())
          .execute()
          .testEvents()
          .assertThatEvents()
          .haveExactly(
              1,
              event(
                  test("case:push-to-silence"),
                  finishedWithFailure(
                      message(m -> m.contains("timed out after 3s waiting for push")))));
      Thread.sleep(1000);
      assertThat(
              ProcessHandle.current()
                  .descendants()
                  .filter(p -> p.info().command().orElse("").contains("helm")))
          .as("helm processes left running")
          .isEmpty();
    }
  }
}
