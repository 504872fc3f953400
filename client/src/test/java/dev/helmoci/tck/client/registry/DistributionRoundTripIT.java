package dev.helmoci.tck.client.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.auth.AuthenticationException;
import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.internal.auth.Scopes;
import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.transport.ErrorResponseException;
import dev.helmoci.tck.client.transport.RecordedExchange;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.fixtures.auth.Grant;
import dev.helmoci.tck.fixtures.auth.TokenRequest;
import dev.helmoci.tck.fixtures.auth.TokenService;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryAuth;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import dev.helmoci.tck.fixtures.tools.RequiredPeers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Round trips against a real CNCF distribution 2.8 (the Debian {@code docker-registry} binary,
 * started as a process on a free loopback port by the fixtures): no auth, htpasswd Basic, and
 * bearer tokens from the kit's token service.
 */
class DistributionRoundTripIT {
  private static final String REPO = "charts/demo";
  private static final String CONFIG_TYPE = "application/vnd.cncf.helm.config.v1+json";
  private static final String CHART_TYPE = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";
  private static final byte[] CONFIG =
      "{\"name\":\"demo\",\"version\":\"0.1.0\",\"apiVersion\":\"v2\"}"
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] CHART =
      "not really a tgz, but bytes are bytes".getBytes(StandardCharsets.UTF_8);

  @Test
  void anonymousRegistry() throws Exception {
    try (EmbeddedRegistry registry = launcher().start()) {
      RegistryClient client = client(registry, CredentialProvider.NONE, new ArrayList<>());
      client.ping();
      roundTrip(client);
    }
  }

  @Test
  void htpasswdBasicAuth() throws Exception {
    try (EmbeddedRegistry registry =
        launcher().auth(RegistryAuth.htpasswd("alice", "wonder-land-9")).start()) {
      List<RecordedExchange> exchanges = new CopyOnWriteArrayList<>();
      RegistryClient client =
          client(
              registry,
              CredentialProvider.staticFor(
                  registry.hostPort(), Credential.basic("alice", "wonder-land-9")),
              exchanges);
      roundTrip(client);
      assertThat(
              exchanges.toString()
                  + exchanges.stream().map(RecordedExchange::requestHeaders).toList())
          .doesNotContain("wonder-land-9")
          .contains("Basic REDACTED");

      RegistryClient anonymous = client(registry, CredentialProvider.NONE, new ArrayList<>());
      assertThatThrownBy(anonymous::ping)
          .isInstanceOf(AuthenticationException.class)
          .hasMessage("GET \"http://" + registry.hostPort() + "/v2/\": basic credential not found");
      RegistryClient wrong =
          client(
              registry,
              CredentialProvider.always(Credential.basic("alice", "nope")),
              new ArrayList<>());
      assertThatThrownBy(() -> wrong.listTags(REPO))
          .isInstanceOf(ErrorResponseException.class)
          .hasMessageStartingWith(
              "GET \"http://"
                  + registry.hostPort()
                  + "/v2/charts/demo/tags/list\": "
                  + "response status code 401: unauthorized: authentication required");
    }
  }

  @Test
  void bearerTokensWithPushScopeHint() throws Exception {
    try (TokenService tokens =
            TokenService.builder().user("alice", "pw-for-tokens", Grant.push("charts/*")).start();
        EmbeddedRegistry registry = launcher().auth(tokens.registryAuth()).start()) {
      RegistryClient client =
          client(
                  registry,
                  CredentialProvider.always(Credential.basic("alice", "pw-for-tokens")),
                  new ArrayList<>())
              .withScopeHint(REPO, Scopes.PULL, Scopes.PUSH);
      roundTrip(client);
      List<TokenRequest> requests = tokens.requests();
      assertThat(requests).isNotEmpty();
      assertThat(requests.get(0).scopes()).containsExactly("repository:charts/demo:pull,push");
      assertThat(requests.get(0).userAgent()).isEqualTo("Helm/4.2.4");
      assertThat(requests).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
      assertThat(requests).as("one token reused for the whole push").hasSize(1);
    }
  }

  private static void roundTrip(RegistryClient client) throws IOException {
    BlobDescriptor config = new BlobDescriptor(CONFIG_TYPE, Digest.sha256(CONFIG), CONFIG.length);
    BlobDescriptor chart = new BlobDescriptor(CHART_TYPE, Digest.sha256(CHART), CHART.length);
    byte[] manifest =
        ("{\"schemaVersion\":2,\"config\":"
                + descriptorJson(config)
                + ",\"layers\":["
                + descriptorJson(chart)
                + "]}")
            .getBytes(StandardCharsets.UTF_8);
    BlobDescriptor manifestDescriptor =
        new BlobDescriptor(MediaTypes.OCI_MANIFEST, Digest.sha256(manifest), manifest.length);

    assertThat(client.manifestExists(REPO, manifestDescriptor.digest().toString())).isFalse();
    for (BlobDescriptor blob : List.of(config, chart)) {
      assertThat(client.blobExists(REPO, blob.digest())).isFalse();
      client.pushBlob(REPO, blob, BlobSource.of(blob == config ? CONFIG : CHART));
      assertThat(client.resolveBlob(REPO, blob.digest()).size()).isEqualTo(blob.size());
    }
    client.pushManifest(REPO, manifestDescriptor.digest().toString(), manifestDescriptor, manifest);
    client.tagManifest(REPO, manifestDescriptor, "0.1.0");

    assertThat(client.resolveManifest(REPO, "0.1.0")).isEqualTo(manifestDescriptor);
    FetchedManifest fetched = client.fetchManifest(REPO, "0.1.0");
    assertThat(fetched.descriptor()).isEqualTo(manifestDescriptor);
    assertThat(fetched.content()).isEqualTo(manifest);
    try (InputStream in = client.openBlob(REPO, chart)) {
      assertThat(in.readAllBytes()).isEqualTo(CHART);
    }
    try (InputStream in = client.openBlob(REPO, config)) {
      assertThat(in.readAllBytes()).isEqualTo(CONFIG);
    }
    assertThat(client.listTags(REPO)).containsExactly("0.1.0");
    assertThatThrownBy(() -> client.fetchManifest(REPO, "9.9.9"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage(client.registry() + "/charts/demo:9.9.9: not found");
  }

  private static String descriptorJson(BlobDescriptor d) {
    return "{\"mediaType\":\""
        + d.mediaType()
        + "\",\"digest\":\""
        + d.digest()
        + "\",\"size\":"
        + d.size()
        + "}";
  }

  private static RegistryLauncher launcher() {
    return RequiredPeers.registry(RegistryFlavor.DISTRIBUTION_2, RegistryLauncher.Mode.PROCESS);
  }

  private static RegistryClient client(
      EmbeddedRegistry registry, CredentialProvider credentials, List<RecordedExchange> sink)
      throws IOException {
    return RegistryClient.builder(registry.hostPort())
        .transportOptions(
            TransportOptions.builder()
                .plainHttp(true)
                .helmVersion("4.2.4")
                .observer(sink::add)
                .build())
        .credentials(credentials)
        .build();
  }
}
