package dev.helmoci.tck.client.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.internal.provenance.ProvenanceException;
import dev.helmoci.tck.client.internal.provenance.ProvenanceVerifier;
import dev.helmoci.tck.client.internal.provenance.Verification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against Helm's own signed fixtures and test key (golden/, from helm v3.22.0 testdata). */
class ProvenanceTest {
  private static final String CHART = "signtest-0.1.0.tgz";
  private static final String HELM_TEST_KEY =
      "Helm Testing (This key should only be used for testing. DO NOT TRUST.) <helm-testing@helm.sh>";
  private static byte[] chart;
  private static byte[] prov;
  private static ProvenanceVerifier verifier;

  @BeforeAll
  static void load() throws IOException {
    chart = resource(CHART);
    prov = resource(CHART + ".prov");
    try (InputStream key = ProvenanceTest.class.getResourceAsStream("/golden/helm-test-key.pub")) {
      verifier = ProvenanceVerifier.fromKeyring(key);
    }
  }

  @Test
  void verifiesHelmSignedProvenance() {
    Verification v = verifier.verify(chart, CHART, prov);
    assertThat(v.signedBy()).isEqualTo(HELM_TEST_KEY);
    assertThat(v.fingerprint()).isEqualTo("5E615389B53CA37F0EE60BD3843BBF981FC18762");
    assertThat(v.fileHash())
        .isEqualTo("sha256:e5ef611620fb97704d8751c16bab17fedb68883bfb0edc76f78a70e9173f9b55");
    assertThat(v.fileName()).isEqualTo(CHART);
  }

  @Test
  void verifiesSecondHelmFixture() throws IOException {
    Verification v =
        verifier.verify(
            resource("hashtest-1.2.3.tgz"),
            "hashtest-1.2.3.tgz",
            resource("hashtest-1.2.3.tgz.prov"));
    assertThat(v.fileName()).isEqualTo("hashtest-1.2.3.tgz");
  }

  @Test
  void chartHashMismatch() {
    byte[] other = chart.clone();
    other[other.length - 1] ^= 1;
    assertThatThrownBy(() -> verifier.verify(other, CHART, prov))
        .isInstanceOf(ProvenanceException.class)
        .hasMessageStartingWith(
            "sha256 sum does not match for signtest-0.1.0.tgz: "
                + "\"sha256:e5ef611620fb97704d8751c16bab17fedb68883bfb0edc76f78a70e9173f9b55\" != \"sha256:");
  }

  @Test
  void fileNameMustBeRecorded() {
    assertThatThrownBy(() -> verifier.verify(chart, "renamed.tgz", prov))
        .hasMessage("provenance does not contain a SHA for a file named \"renamed.tgz\"");
  }

  @Test
  void tamperedTextFailsSignature() {
    byte[] tampered =
        new String(prov, StandardCharsets.UTF_8)
            .replace("name: signtest", "name: signtess")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> verifier.verify(chart, CHART, tampered))
        .hasMessage("openpgp: invalid signature: hash tag doesn't match");
  }

  @Test
  void notClearSigned() {
    assertThatThrownBy(
            () -> verifier.verify(chart, CHART, "hello".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("failed to decode signature: signature block not found");
  }

  @Test
  void signsExactlyLikeHelmPackageSignAndVerifies() throws IOException {
    // richchart-*.prov was written by `helm package --sign` (Helm v3.22.0) with the test key.
    String name = "richchart-1.2.3+build.1.tgz";
    byte[] rich = resource(name);
    byte[] helmProv = resource(name + ".prov");
    assertThat(verifier.verify(rich, name, helmProv).signedBy()).isEqualTo(HELM_TEST_KEY);

    ChartMetadata md = ChartArchive.read(new ByteArrayInputStream(rich)).metadata();
    ProvenanceSigner signer;
    try (InputStream secret =
        ProvenanceTest.class.getResourceAsStream("/golden/helm-test-key.secret")) {
      signer = ProvenanceSigner.fromSecretKeyring(secret, "helm-testing@helm.sh", new char[0]);
    }
    String signed = signer.sign(md, rich, name);

    String helmText = new String(helmProv, StandardCharsets.UTF_8);
    String expectedText = helmText.substring(0, helmText.indexOf("-----BEGIN PGP SIGNATURE-----"));
    assertThat(signed).startsWith(expectedText).endsWith("-----END PGP SIGNATURE-----");
    assertThat(expectedText).contains("- - -dash", "appVersion: \"1.10\"");
    Verification v = verifier.verify(rich, name, signed.getBytes(StandardCharsets.UTF_8));
    assertThat(v.fingerprint()).isEqualTo("5E615389B53CA37F0EE60BD3843BBF981FC18762");
  }

  @Test
  void unknownSignerIsRejected() throws Exception {
    byte[] signed = TestKeys.signWithFreshKey(chart, CHART);
    assertThatThrownBy(() -> verifier.verify(chart, CHART, signed))
        .hasMessage("openpgp: signature made by unknown entity");
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ProvenanceTest.class.getResourceAsStream("/golden/" + name)) {
      return in.readAllBytes();
    }
  }
}
