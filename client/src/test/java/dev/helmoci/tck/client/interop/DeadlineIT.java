package dev.helmoci.tck.client.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.fixtures.fault.Fault;
import dev.helmoci.tck.fixtures.fault.FaultProxy;
import dev.helmoci.tck.fixtures.fault.Headers;
import dev.helmoci.tck.fixtures.fault.ProxyResponse;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing unbounded: a registry that accepts connections and never answers, and a token endpoint
 * that does the same, end a request after one read timeout (no retry starts once it is spent) with
 * "timed out after Ns waiting for METHOD URL", and a whole {@code helm-oci} command at its {@code
 * HELM_OCI_TIMEOUT}. Real helm has no deadline there at all; the kit's is stated in {@code helm-oci
 * --help}.
 */
class DeadlineIT {
  private static final Fault SILENT =
      chain -> {
        try {
          Thread.sleep(Duration.ofMinutes(10).toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new IOException("silent registry woke up");
      };

  @TempDir Path work;

  @Test
  void aSilentRegistryCostsOneReadTimeoutWithTheRequestNamed() throws Exception {
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3);
        FaultProxy silent = FaultProxy.start(registry.baseUrl(), SILENT)) {
      RegistryClient client =
          RegistryClient.builder(silent.hostPort())
              .transportOptions(
                  TransportOptions.builder()
                      .plainHttp(true)
                      .readTimeout(Duration.ofSeconds(2))
                      .build())
              .build();
      long started = System.nanoTime();
      assertThatThrownBy(() -> client.listTags("any/chart"))
          .isInstanceOf(SocketTimeoutException.class)
          .hasMessage(
              "timed out after 2s waiting for GET http://"
                  + silent.hostPort()
                  + "/v2/any/chart/tags/list");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void aHangingTokenEndpointCostsOneReadTimeout() throws Exception {
    try (ServerSocket tokens = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3);
        FaultProxy challenging =
            FaultProxy.start(registry.baseUrl(), challenge(tokens.getLocalPort()))) {
      List<Socket> held = acceptForever(tokens);
      RegistryClient client =
          RegistryClient.builder(challenging.hostPort())
              .transportOptions(
                  TransportOptions.builder()
                      .plainHttp(true)
                      .readTimeout(Duration.ofSeconds(2))
                      .build())
              .credentials(CredentialProvider.always(Credential.basic("tck", "tck-Pa55")))
              .build();
      long started = System.nanoTime();
      assertThatThrownBy(() -> client.listTags("any/chart"))
          .hasStackTraceContaining(
              "timed out after 2s waiting for GET "
                  + "http://127.0.0.1:"
                  + tokens.getLocalPort()
                  + "/token");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
      held.forEach(DeadlineIT::closeQuietly);
    }
  }

  @Test
  void aWholeCommandEndsAtItsDeadline() throws Exception {
    try (EmbeddedRegistry registry = RealPeers.registry(RegistryFlavor.DISTRIBUTION_3);
        FaultProxy silent = FaultProxy.start(registry.baseUrl(), SILENT)) {
      ProcessBuilder builder =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-cp",
                      System.getProperty("java.class.path"),
                      "dev.helmoci.tck.client.internal.cli.HelmOciCli",
                      "pull",
                      "oci://" + silent.hostPort() + "/any/chart",
                      "--version",
                      "1.0.0",
                      "--plain-http",
                      "-d",
                      work.toString()))
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("pull.log").toFile())
              .directory(work.toFile());
      builder.environment().put("HELM_OCI_TIMEOUT", "4s");
      builder.environment().put("HOME", work.toString());
      long started = System.nanoTime();
      Process pull = builder.start();
      assertThat(pull.waitFor(30, TimeUnit.SECONDS)).as("ended").isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
      assertThat(pull.exitValue()).isEqualTo(1);
      assertThat(Files.readString(work.resolve("pull.log")))
          .contains("Error: timed out after 4s (HELM_OCI_TIMEOUT) waiting for the registry");
    }
  }

  /** A registry whose every answer is a Bearer challenge naming {@code port} as its token realm. */
  private static Fault challenge(int port) {
    return chain ->
        new ProxyResponse(
            401,
            Headers.empty()
                .with(
                    "WWW-Authenticate",
                    "Bearer realm=\"http://127.0.0.1:" + port + "/token\",service=\"registry\""),
            dev.helmoci.tck.fixtures.fault.Body.empty());
  }

  /** Accepts every connection and never answers, holding the sockets open. */
  private static List<Socket> acceptForever(ServerSocket server) {
    List<Socket> held = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread thread =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  held.add(server.accept());
                } catch (IOException e) {
                  return;
                }
              }
            },
            "silent-token-endpoint");
    thread.setDaemon(true);
    thread.start();
    return held;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a held connection
    }
  }
}
