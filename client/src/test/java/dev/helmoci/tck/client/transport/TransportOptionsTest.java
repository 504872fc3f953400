package dev.helmoci.tck.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TransportOptionsTest {

  @Test
  void helmRetriesOnlyOnItsDefaultTransport() {
    assertThat(TransportOptions.defaults().retryPolicy()).isSameAs(RetryPolicy.HELM_DEFAULT);
    assertThat(TransportOptions.builder().caFile(Path.of("ca.pem")).build().retryPolicy())
        .isSameAs(RetryPolicy.NONE);
    assertThat(TransportOptions.builder().insecureSkipTlsVerify(true).build().retryPolicy())
        .isSameAs(RetryPolicy.NONE);
    assertThat(
            TransportOptions.defaults().toBuilder()
                .clientCertificate(Path.of("c"), Path.of("k"))
                .build()
                .retryPolicy())
        .isSameAs(RetryPolicy.NONE);
    assertThat(
            TransportOptions.builder()
                .caFile(Path.of("ca.pem"))
                .retryPolicy(RetryPolicy.HELM_DEFAULT)
                .build()
                .retryPolicy())
        .isSameAs(RetryPolicy.HELM_DEFAULT);
  }

  @Test
  void userAgentDropsTheVPrefix() {
    assertThat(TransportOptions.builder().helmVersion("v3.22.0").build().userAgent())
        .isEqualTo("Helm/3.22.0");
    assertThat(TransportOptions.builder().helmVersion("4.2.4").build().userAgent())
        .isEqualTo("Helm/4.2.4");
    assertThat(TransportOptions.builder().plainHttp(true).build().scheme()).isEqualTo("http");
  }
}
