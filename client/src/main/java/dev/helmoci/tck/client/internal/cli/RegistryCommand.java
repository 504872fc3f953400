package dev.helmoci.tck.client.internal.cli;

import dev.helmoci.tck.client.internal.action.HelmException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code helm-oci registry login|logout}. */
@Command(
    name = "registry",
    description = "login to or logout from a registry",
    subcommands = {RegistryCommand.Login.class, RegistryCommand.Logout.class})
public final class RegistryCommand implements Runnable {
  @Mixin HelpOption help;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Without a subcommand helm prints the command's help and succeeds. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "login", description = "login to a registry")
  static final class Login implements Callable<Integer> {
    @Mixin HelpOption help;

    @Parameters(index = "0", paramLabel = "HOST")
    String host;

    @Option(
        names = {"-u", "--username"},
        description = "registry username")
    String username;

    @Option(
        names = {"-p", "--password"},
        description = "registry password or identity token")
    String password;

    @Option(names = "--password-stdin", description = "read password or identity token from stdin")
    boolean passwordStdin;

    @Option(names = "--insecure", description = "allow connections to TLS registry without certs")
    boolean insecure;

    @Mixin ClientOptions options;

    @Override
    public Integer call() throws IOException {
      options.insecure |= insecure;
      String secret = password;
      if (passwordStdin) {
        secret = readStdin();
      } else if (secret != null) {
        System.err.println(
            "WARNING: Using --password via the CLI is insecure. Use --password-stdin.");
      }
      if (secret == null || secret.isEmpty()) {
        throw new HelmException("password required");
      }
      options
          .client()
          .login(
              LoginHost.normalise(host, options.helmVersion),
              username == null ? "" : username,
              secret);
      return 0;
    }

    /** Helm trims one trailing newline, then one carriage return. */
    private static String readStdin() throws IOException {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      StringBuilder all = new StringBuilder();
      char[] buffer = new char[1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.append(buffer, 0, n);
      }
      String s = all.toString();
      s = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
      return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
  }

  @Command(name = "logout", description = "logout from a registry")
  static final class Logout implements Callable<Integer> {
    @Mixin HelpOption help;

    @Parameters(index = "0", paramLabel = "HOST")
    String host;

    @Mixin ClientOptions options;

    @Override
    public Integer call() throws IOException {
      options.client().logout(host);
      return 0;
    }
  }
}
