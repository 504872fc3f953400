package dev.helmoci.tck.client.internal.cli;

import picocli.CommandLine.Option;

/**
 * {@code --username/--password} of push, pull, show and dependency: both given, they override
 * stored logins.
 */
public final class BasicAuthOptions {
  @Option(
      names = "--username",
      description = "chart repository username where to locate the requested chart")
  String username;

  @Option(
      names = "--password",
      description = "chart repository password where to locate the requested chart")
  String password;

  boolean complete() {
    return username != null && !username.isEmpty() && password != null && !password.isEmpty();
  }
}
