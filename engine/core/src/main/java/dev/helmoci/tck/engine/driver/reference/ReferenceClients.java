package dev.helmoci.tck.engine.driver.reference;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.action.HelmEmulation;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.engine.driver.DriverException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Makes one {@link HelmOciClient} per driver call over a shared Helm home, and turns what Helm
 * would report as {@code Error: …} into a {@link DriverException} carrying Helm's message.
 */
final class ReferenceClients {
  /** {@code $DOCKER_CONFIG}, relative to the home. */
  static final String DOCKER_CONFIG_DIRECTORY = "docker";

  private final HelmEmulation helm;
  private final TransportOptions transport;
  private final Map<String, String> env;

  ReferenceClients(HelmEmulation helm, TransportOptions transport, Path home) {
    this.helm = helm;
    this.transport = transport;
    // PATH as helm inherits it: docker-credential-* helpers named in a Docker config are found
    // there.
    this.env =
        Map.of(
            "HOME",
            home.toString(),
            "HELM_CONFIG_HOME",
            home.resolve("config").toString(),
            "DOCKER_CONFIG",
            home.resolve(DOCKER_CONFIG_DIRECTORY).toString(),
            "PATH",
            System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
  }

  HelmEmulation helm() {
    return helm;
  }

  HelmOciClient newClient(ByteArrayOutputStream output) {
    PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
    return HelmOciClient.builder()
        .helm(helm)
        .transport(transport)
        .environment(env)
        .output(print, print)
        .build();
  }

  /**
   * Runs {@code action} on a fresh client and hands its result and printed output to {@code
   * result}.
   */
  <T, R> R call(ClientAction<T> action, ResultFactory<T, R> result) throws DriverException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    T value;
    try {
      value = action.run(newClient(output));
    } catch (IOException | UncheckedIOException e) {
      // Registry answers, network failures and file problems are what helm prints as "Error: ...".
      throw new DriverException(e.getMessage(), e);
    } catch (RuntimeException e) {
      if (isHelmError(e)) {
        throw new DriverException(e.getMessage(), e);
      }
      throw e;
    }
    return result.create(value, output.toString(StandardCharsets.UTF_8));
  }

  /** Client exceptions that stand for a Helm error message, as opposed to a bug in the kit. */
  private static boolean isHelmError(RuntimeException e) {
    String type = e.getClass().getName();
    return type.startsWith("dev.helmoci.tck.client.") && !(e instanceof IllegalStateException);
  }

  @FunctionalInterface
  interface ClientAction<T> {
    T run(HelmOciClient client) throws IOException;
  }

  @FunctionalInterface
  interface ResultFactory<T, R> {
    R create(T value, String output);
  }

  /** Adapts a void client call. */
  static ClientAction<Void> voidAction(VoidAction action) {
    return client -> {
      action.run(client);
      return null;
    };
  }

  @FunctionalInterface
  interface VoidAction {
    void run(HelmOciClient client) throws IOException;
  }
}
