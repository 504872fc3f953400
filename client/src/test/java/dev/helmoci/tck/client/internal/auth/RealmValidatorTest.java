package dev.helmoci.tck.client.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RealmValidatorTest {
  private static final HttpUrl HTTPS_REGISTRY = HttpUrl.get("https://registry.example.com/v2/");
  private static final HttpUrl HTTP_LOOPBACK = HttpUrl.get("http://127.0.0.1:5000/v2/");

  @Test
  void acceptsHttpsAndSameHostLoopback() {
    assertThat(RealmValidator.check("https://auth.example.com/token", HTTPS_REGISTRY)).isEmpty();
    assertThat(RealmValidator.check("http://127.0.0.1:5001/token", HTTP_LOOPBACK)).isEmpty();
    assertThat(RealmValidator.check("http://localhost:5001/token", HTTP_LOOPBACK)).isEmpty();
    assertThat(RealmValidator.check("", HTTPS_REGISTRY)).isEmpty();
  }

  @Test
  void refusesDowngradeAndOtherSchemes() {
    assertThat(RealmValidator.check("http://auth.example.com/token", HTTPS_REGISTRY))
        .contains(
            "bearer realm \"http://auth.example.com/token\" uses http but registry was contacted over https");
    assertThat(RealmValidator.check("ftp://auth/token", HTTPS_REGISTRY))
        .contains("bearer realm \"ftp://auth/token\" uses unsupported scheme \"ftp\"");
  }

  @Test
  void refusesPrivateIpLiteralsOnOtherHosts() {
    for (String host :
        new String[] {
          "169.254.169.254",
          "10.1.2.3",
          "192.168.0.1",
          "172.16.0.9",
          "0.0.0.0",
          "[::1]",
          "[fd00::1]"
        }) {
      String bare = host.replace("[", "").replace("]", "");
      assertThat(RealmValidator.check("https://" + host + "/token", HTTPS_REGISTRY))
          .as(host)
          .contains(
              "bearer realm host \""
                  + bare
                  + "\" is a loopback, link-local, private, or unspecified address");
    }
    assertThat(RealmValidator.check("https://8.8.8.8/token", HTTPS_REGISTRY)).isEmpty();
  }
}
