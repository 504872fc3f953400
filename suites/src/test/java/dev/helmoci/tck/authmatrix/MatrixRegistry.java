package dev.helmoci.tck.authmatrix;

import dev.helmoci.tck.fixtures.auth.Grant;
import dev.helmoci.tck.fixtures.auth.TokenService;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryAuth;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.registry.RegistryTls;
import dev.helmoci.tck.fixtures.tls.TlsMaterial;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One registry of the matrix in one {@link AuthMode}, started from the fixtures, and the kit's
 * external-target configuration that reaches it as a given account: URL, credentials, CA file,
 * client certificate, skip-verify, plain HTTP. In bearer modes a token service gives {@link
 * #WRITER} push on {@code tck-*}, {@link #READER} pull there, and everyone pull on {@code tck-<run
 * id>/public/*} for the run ids named at start.
 */
final class MatrixRegistry implements AutoCloseable {
  static final String WRITER = "writer";
  static final String READER = "reader";

  private final AuthMode mode;
  private final RegistryFlavor flavor;
  private final Map<String, String> passwords;
  private final Optional<TokenService> tokens;
  private final EmbeddedRegistry registry;

  private MatrixRegistry(
      AuthMode mode,
      RegistryFlavor flavor,
      Map<String, String> passwords,
      Optional<TokenService> tokens,
      EmbeddedRegistry registry) {
    this.mode = mode;
    this.flavor = flavor;
    this.passwords = passwords;
    this.tokens = tokens;
    this.registry = registry;
  }

  /** Empty when the registry can start here, else why not (a missing binary). */
  static Optional<String> unavailable(RegistryFlavor flavor) {
    return RegistryLauncher.of(flavor, RegistryLauncher.Mode.PROCESS).unavailableReason();
  }

  static MatrixRegistry start(
      AuthMode mode, RegistryFlavor flavor, Path work, List<String> publicRunIds) {
    return start(mode, flavor, work, publicRunIds, secret());
  }

  /**
   * With a chosen password (or token) for {@link #WRITER}, for tests that look for it afterwards.
   */
  static MatrixRegistry start(
      AuthMode mode,
      RegistryFlavor flavor,
      Path work,
      List<String> publicRunIds,
      String writerPassword) {
    Map<String, String> passwords = Map.of(WRITER, writerPassword, READER, secret());
    TlsMaterial material =
        mode.transport() == RegistryTls.Kind.PLAIN_HTTP
            ? null
            : TlsMaterial.generate(work.resolve("tls"));
    RegistryLauncher launcher =
        RegistryLauncher.of(flavor, RegistryLauncher.Mode.PROCESS).tls(mode.registryTls(material));
    if (!mode.bearer()) {
      return new MatrixRegistry(
          mode,
          flavor,
          passwords,
          Optional.empty(),
          launcher.auth(RegistryAuth.htpasswd(WRITER, passwords.get(WRITER))).start());
    }
    TokenService.Builder builder =
        TokenService.builder()
            .host("127.0.0.1")
            .user(WRITER, passwords.get(WRITER), Grant.all("tck-*"))
            .user(READER, passwords.get(READER), Grant.pull("tck-*"));
    publicRunIds.forEach(id -> builder.publicRepository("tck-" + id + "/public/*"));
    if (material != null) {
      builder.tls(material);
    }
    TokenService tokens = builder.start();
    try {
      return new MatrixRegistry(
          mode,
          flavor,
          passwords,
          Optional.of(tokens),
          launcher.auth(tokens.registryAuth()).start());
    } catch (RuntimeException e) {
      tokens.close();
      throw e;
    }
  }

  private static String secret() {
    byte[] bytes = new byte[9];
    new SecureRandom().nextBytes(bytes);
    return "pw-" + HexFormat.of().formatHex(bytes);
  }

  /**
   * The kit's configuration for this registry as an external target, logged in as {@code account}.
   */
  Map<String, String> target(String account) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("helm-oci-tck.target.provider", "url");
    config.put("helm-oci-tck.target.url", registry.baseUrl().toString());
    config.put("helm-oci-tck.target.username", account);
    config.put("helm-oci-tck.target.password", passwords.get(account));
    RegistryTls tls = registry.tls();
    switch (tls.kind()) {
      case PLAIN_HTTP -> config.put("helm-oci-tck.target.plain-http", "true");
      case SELF_SIGNED -> config.put("helm-oci-tck.target.insecure", "true");
      default ->
          config.put("helm-oci-tck.target.ca-file", tls.trustAnchorFile().orElseThrow().toString());
    }
    tls.clientCertFile()
        .ifPresent(cert -> config.put("helm-oci-tck.target.client-cert-file", cert.toString()));
    tls.clientKeyFile()
        .ifPresent(key -> config.put("helm-oci-tck.target.client-key-file", key.toString()));
    return config;
  }

  /** {@code host:port}, the key Docker and Helm credential stores use. */
  String hostPort() {
    return registry.hostPort();
  }

  String password(String account) {
    return passwords.get(account);
  }

  AuthMode mode() {
    return mode;
  }

  RegistryFlavor flavor() {
    return flavor;
  }

  /** The token service of a bearer mode. */
  TokenService tokens() {
    return tokens.orElseThrow(() -> new IllegalStateException(mode + " has no token service"));
  }

  String logTail() {
    return registry.logTail(30);
  }

  @Override
  public void close() {
    try {
      registry.close();
    } finally {
      tokens.ifPresent(TokenService::close);
    }
  }

  @Override
  public String toString() {
    return registry.description() + " " + mode;
  }
}
