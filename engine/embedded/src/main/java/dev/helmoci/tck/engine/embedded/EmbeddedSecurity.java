package dev.helmoci.tck.engine.embedded;

import dev.helmoci.tck.engine.run.WorkTrees;
import dev.helmoci.tck.engine.target.Credentials;
import dev.helmoci.tck.engine.target.EmbeddedAuth;
import dev.helmoci.tck.engine.target.EmbeddedTransport;
import dev.helmoci.tck.fixtures.auth.Grant;
import dev.helmoci.tck.fixtures.auth.TokenService;
import dev.helmoci.tck.fixtures.registry.RegistryAuth;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.registry.RegistryTls;
import dev.helmoci.tck.fixtures.tls.TlsMaterial;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;

/**
 * What the embedded registry needs besides itself for one auth and transport mode: generated TLS
 * material and a token service. Closing it stops the token service and deletes the material.
 */
final class EmbeddedSecurity implements AutoCloseable {

  private final Optional<Path> materialDirectory;
  private final RegistryTls tls;
  private final Optional<TokenService> tokens;
  private final RegistryAuth auth;

  private EmbeddedSecurity(
      Optional<Path> materialDirectory,
      RegistryTls tls,
      Optional<TokenService> tokens,
      RegistryAuth auth) {
    this.materialDirectory = materialDirectory;
    this.tls = tls;
    this.tokens = tokens;
    this.auth = auth;
  }

  static EmbeddedSecurity start(
      EmbeddedAuth mode,
      EmbeddedTransport transport,
      Optional<Credentials> credentials,
      RegistryLauncher.Mode where) {
    Optional<Path> directory = Optional.empty();
    try {
      TlsMaterial material = null;
      if (transport != EmbeddedTransport.PLAIN) {
        directory = Optional.of(Files.createTempDirectory("helm-oci-tck-tls"));
        material = TlsMaterial.generate(directory.get());
      }
      RegistryTls tls = registryTls(transport, material);
      if (mode == EmbeddedAuth.BEARER) {
        TokenService tokens = tokenService(credentials.orElseThrow(), material, where);
        return new EmbeddedSecurity(directory, tls, Optional.of(tokens), tokens.registryAuth());
      }
      RegistryAuth auth =
          mode == EmbeddedAuth.BASIC
              ? RegistryAuth.htpasswd(
                  credentials.orElseThrow().username(), credentials.orElseThrow().password())
              : RegistryAuth.none();
      return new EmbeddedSecurity(directory, tls, Optional.empty(), auth);
    } catch (IOException e) {
      directory.ifPresent(EmbeddedSecurity::delete);
      throw new UncheckedIOException(
          "cannot create a directory for the embedded registry's TLS material", e);
    } catch (RuntimeException e) {
      directory.ifPresent(EmbeddedSecurity::delete);
      throw e;
    }
  }

  /**
   * The run's user may do anything. The realm names the host the client reaches the registry by,
   * because helm refuses a loopback realm on another address than the registry's.
   */
  private static TokenService tokenService(
      Credentials user, TlsMaterial material, RegistryLauncher.Mode where) {
    TokenService.Builder builder =
        TokenService.builder()
            .host(
                where == RegistryLauncher.Mode.PROCESS
                    ? "127.0.0.1"
                    : DockerClientFactory.instance().dockerHostIpAddress())
            .user(
                user.username(),
                user.password(),
                Grant.all("*"),
                Grant.catalog(),
                Grant.zotCatalog());
    if (material != null) {
      // helm refuses an http realm for an https registry.
      builder.tls(material);
    }
    return builder.start();
  }

  RegistryAuth registryAuth() {
    return auth;
  }

  RegistryTls registryTls() {
    return tls;
  }

  @Override
  public void close() {
    tokens.ifPresent(TokenService::close);
    materialDirectory.ifPresent(EmbeddedSecurity::delete);
  }

  private static void delete(Path directory) {
    WorkTrees.delete(directory);
  }

  @Override
  public String toString() {
    return auth + ", " + tls;
  }

  private static RegistryTls registryTls(EmbeddedTransport transport, TlsMaterial material) {
    switch (transport) {
      case TLS:
        return RegistryTls.caSigned(material);
      case MTLS:
        return RegistryTls.mutual(material);
      case SELF_SIGNED:
        return RegistryTls.selfSigned(material);
      default:
        return RegistryTls.none();
    }
  }
}
