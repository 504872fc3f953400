package dev.helmoci.tck.client.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestTest {
  @Test
  void sha256OfBytes() {
    Digest d = Digest.sha256("".getBytes(StandardCharsets.UTF_8));
    assertThat(d.toString())
        .isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(Digest.parse(d.toString())).isEqualTo(d);
    assertThat(d.algorithm()).isEqualTo("sha256");
  }

  @Test
  void validatesLikeGoDigest() {
    assertThat(Digest.parse("sha384:" + "a".repeat(96)).encoded()).hasSize(96);
    assertThat(Digest.parse("sha512:" + "0".repeat(128)).algorithm()).isEqualTo("sha512");
    assertThatThrownBy(() -> Digest.parse("sha256:" + "A".repeat(64)))
        .hasMessage("invalid checksum digest format");
    assertThatThrownBy(() -> Digest.parse("sha256:")).hasMessage("invalid checksum digest format");
    assertThatThrownBy(() -> Digest.parse("sha256:abc"))
        .hasMessage("invalid checksum digest length");
    assertThatThrownBy(() -> Digest.parse(":abc")).hasMessage("invalid checksum digest format");
    assertThatThrownBy(() -> Digest.parse("blake3:abc")).hasMessage("unsupported digest algorithm");
    assertThatThrownBy(() -> Digest.parse("Blake3:abc"))
        .hasMessage("invalid checksum digest format");
  }
}
