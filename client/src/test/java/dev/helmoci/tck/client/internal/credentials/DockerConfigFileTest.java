package dev.helmoci.tck.client.internal.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helmoci.tck.client.auth.Credential;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerConfigFileTest {
  @TempDir Path dir;

  @Test
  void writesLikeGoWithTabsSortedKeysAndPrivatePermissions() throws Exception {
    Path file = dir.resolve("registry/config.json");
    DockerConfigFile config = new DockerConfigFile(file);
    config.put("zz.example:5000", Credential.basic("bob", "pw"));
    config.put("aa.example", new Credential("", "", "idtok", ""));

    assertThat(Files.readString(file))
        .isEqualTo(
            "{\n\t\"auths\": {\n"
                + "\t\t\"aa.example\": {\n\t\t\t\"identitytoken\": \"idtok\"\n\t\t},\n"
                + "\t\t\"zz.example:5000\": {\n\t\t\t\"auth\": \"Ym9iOnB3\"\n\t\t}\n\t}\n}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    try (var listing = Files.list(file.getParent())) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void keepsOtherFieldsAndDeletes() throws Exception {
    Path file = dir.resolve("config.json");
    Files.writeString(
        file,
        "{\"credsStore\":\"\",\"auths\":{\"a\":{\"auth\":\"dTpw\"}},\"HttpHeaders\":{\"X\":\"1\"}}");
    DockerConfigFile config = new DockerConfigFile(file);
    config.delete("a");
    assertThat(Files.readString(file))
        .isEqualTo(
            "{\n\t\"HttpHeaders\": {\n\t\t\"X\": \"1\"\n\t},\n\t\"auths\": {},\n\t\"credsStore\": \"\"\n}");
    assertThat(config.get("a")).isEqualTo(Credential.EMPTY);
  }

  @Test
  void readsEveryFieldAndMatchesPrefixedKeysByHostname() throws Exception {
    Path file = dir.resolve("config.json");
    Files.writeString(
        file,
        "{\"auths\":{"
            + "\"https://legacy.example/v1/\":{\"username\":\"u1\",\"password\":\"p1\"},"
            + "\"tok.example\":{\"registrytoken\":\"rt\",\"identitytoken\":\"it\"},"
            + "\"both.example\":{\"auth\":\"dTI6cDI6eA==\",\"username\":\"ignored\"},"
            + "\"https://index.docker.io/v1/\":{\"auth\":\"aHViOmh1Yg==\"}}}");
    DockerConfigFile config = new DockerConfigFile(file);
    assertThat(config.get("legacy.example")).isEqualTo(Credential.basic("u1", "p1"));
    assertThat(config.get("tok.example")).isEqualTo(new Credential("", "", "it", "rt"));
    assertThat(config.get("both.example")).isEqualTo(Credential.basic("u2", "p2:x"));
    assertThat(config.get(ServerAddresses.fromHostname("registry-1.docker.io")))
        .isEqualTo(Credential.basic("hub", "hub"));
    assertThat(config.get("missing.example")).isEqualTo(Credential.EMPTY);
  }

  @Test
  void malformedAuthNeverEchoesTheSecret() throws Exception {
    Path file = dir.resolve("config.json");
    Files.writeString(
        file, "{\"auths\":{\"h\":{\"auth\":\"c2VjcmV0LW5vLWNvbG9u\"}}}"); // "secret-no-colon"
    assertThatThrownBy(() -> new DockerConfigFile(file).get("h"))
        .hasMessageContaining("does not conform the base64(username:password) format")
        .message()
        .doesNotContain("secret-no-colon");
  }
}
