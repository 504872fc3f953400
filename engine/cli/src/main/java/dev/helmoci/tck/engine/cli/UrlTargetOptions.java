package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.engine.target.Credentials;
import dev.helmoci.tck.engine.target.Target;
import dev.helmoci.tck.engine.target.TargetSettings;
import dev.helmoci.tck.engine.target.UrlTargetProvider;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The flags that name a running registry, for the commands that take one without running suites
 * ({@code probe}, {@code sweep}). They become the engine's URL target, so these commands reach the
 * registry with the same TLS mapping, account and redaction as a run does. The password is read
 * from {@code OCI_PASSWORD} only, never from the command line.
 */
final class UrlTargetOptions {
  @Option(
      names = "--target",
      required = true,
      paramLabel = "URL",
      description = "registry URL, e.g. http://localhost:5000")
  URI target;

  @Option(
      names = "--username",
      description = "registry username (env OCI_USERNAME); the password is read from OCI_PASSWORD")
  String username;

  @Mixin TlsFlags tls;

  /** The registry as a target; fails with the URL rule's message for a URL that is not one. */
  Target open() {
    String user = username != null ? username : System.getenv("OCI_USERNAME");
    Optional<Credentials> credentials =
        Optional.ofNullable(user)
            .filter(u -> !u.isBlank())
            .map(
                u ->
                    new Credentials(
                        u, Optional.ofNullable(System.getenv("OCI_PASSWORD")).orElse("")));
    return new UrlTargetProvider()
        .open(
            new TargetSettings(
                Optional.of(target), credentials, tls.options(target), key -> Optional.empty()));
  }
}
