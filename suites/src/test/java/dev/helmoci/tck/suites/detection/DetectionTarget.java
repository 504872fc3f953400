package dev.helmoci.tck.suites.detection;

import dev.helmoci.tck.fixtures.auth.Grant;
import dev.helmoci.tck.fixtures.auth.TokenService;
import dev.helmoci.tck.fixtures.fault.Fault;
import dev.helmoci.tck.fixtures.fault.FaultOptions;
import dev.helmoci.tck.fixtures.fault.FaultProxy;
import dev.helmoci.tck.fixtures.fault.NamedFault;
import dev.helmoci.tck.fixtures.registry.BasicCredentials;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryAuth;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * A registry of its own (process mode, so many can run at once), optionally behind a fault proxy,
 * that one detection run is pointed at. Closing it stops everything it started, newest first.
 */
final class DetectionTarget implements AutoCloseable {
  /** Faults that only exist where the registry hands out scoped bearer tokens. */
  static final Set<String> TOKEN_AUTH_FAULTS = Set.of("token-scope-ignored");

  /**
   * The account's token grants in token mode: push only where a run writes ({@code tck-<run
   * id>/…}), pull everywhere. A case pushing outside its namespace would see the scope enforced.
   */
  private static final String RUN_NAMESPACES = "tck-*";

  private final Deque<AutoCloseable> started = new ArrayDeque<>();

  /**
   * The pull-only account of token targets (htpasswd cannot express one), for the denied-push case.
   */
  static final BasicCredentials READER =
      new BasicCredentials("reader", "reader-" + Long.toHexString(System.nanoTime()));

  private final BasicCredentials credentials;
  private URI url;
  private BasicCredentials reader;

  private DetectionTarget(BasicCredentials credentials) {
    this.credentials = credentials;
  }

  /** The registry itself, htpasswd auth. */
  static DetectionTarget registry(RegistryFlavor flavor, BasicCredentials user) {
    DetectionTarget target = new DetectionTarget(user);
    return target.open(
        () -> {
          EmbeddedRegistry registry =
              target.remember(launcher(flavor).auth(htpasswd(user)).start());
          target.url = registry.baseUrl();
        });
  }

  /**
   * The registry without auth, and no credentials given: the access-control cases have nothing to
   * check.
   */
  static DetectionTarget unauthenticated(RegistryFlavor flavor) {
    DetectionTarget target = new DetectionTarget(null);
    return target.open(() -> target.url = target.remember(launcher(flavor).start()).baseUrl());
  }

  /**
   * The registry behind a proxy applying {@code fault} ({@link Fault#NONE} for a clean proxy), with
   * htpasswd auth, or with a token service when {@code tokenAuth}.
   */
  static DetectionTarget proxied(
      RegistryFlavor flavor, BasicCredentials user, boolean tokenAuth, Fault fault) {
    DetectionTarget target = new DetectionTarget(user);
    return target.open(
        () -> {
          RegistryAuth auth = htpasswd(user);
          if (tokenAuth) {
            TokenService tokens =
                target.remember(
                    TokenService.builder()
                        .user(
                            user.username(),
                            user.password(),
                            Grant.push(RUN_NAMESPACES),
                            Grant.pull("*"))
                        .user(READER.username(), READER.password(), Grant.pull("*"))
                        .start());
            auth = tokens.registryAuth();
            target.reader = READER;
          }
          EmbeddedRegistry registry = target.remember(launcher(flavor).auth(auth).start());
          target.url = target.remember(FaultProxy.start(registry.baseUrl(), fault)).baseUrl();
        });
  }

  /**
   * A fresh instance of a catalogued fault in front of its own registry ({@code upstream});
   * token-scope faults get a token service, the others htpasswd. Faults that act for the client are
   * given the account to act as.
   */
  static DetectionTarget faulty(NamedFault fault, BasicCredentials user, RegistryFlavor upstream) {
    Fault instance = fault.create(FaultOptions.defaults().withUpstreamCredentials(user));
    return proxied(upstream, user, needsTokenAuth(fault), instance);
  }

  static boolean needsTokenAuth(NamedFault fault) {
    return TOKEN_AUTH_FAULTS.contains(fault.id());
  }

  static RegistryLauncher launcher(RegistryFlavor flavor) {
    return RegistryLauncher.of(flavor, RegistryLauncher.Mode.PROCESS);
  }

  URI url() {
    return url;
  }

  java.util.Optional<BasicCredentials> credentials() {
    return java.util.Optional.ofNullable(credentials);
  }

  java.util.Optional<BasicCredentials> reader() {
    return java.util.Optional.ofNullable(reader);
  }

  @Override
  public void close() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        // Stopping is best effort: a target that will not stop must not hide the run's verdict.
        System.err.println("detection: could not stop " + e.getMessage());
      }
    }
  }

  private DetectionTarget open(Opening opening) {
    try {
      opening.run();
      return this;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private <T extends AutoCloseable> T remember(T resource) {
    started.push(resource);
    return resource;
  }

  private static RegistryAuth htpasswd(BasicCredentials user) {
    return RegistryAuth.htpasswd(user.username(), user.password());
  }

  @FunctionalInterface
  private interface Opening {
    void run();
  }
}
