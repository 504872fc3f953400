package dev.helmoci.tck.client.internal.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helmoci.tck.client.auth.Credential;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmCredentialStoreTest {
  @TempDir Path home;

  @Test
  void readsHelmThenDockerAndWritesOnlyHelm() throws Exception {
    Map<String, String> env =
        Map.of("HOME", home.toString(), "DOCKER_CONFIG", home.resolve("docker").toString());
    Files.createDirectories(home.resolve("docker"));
    Files.writeString(
        home.resolve("docker/config.json"), "{\"auths\":{\"reg.example\":{\"auth\":\"ZDpk\"}}}");
    HelmCredentialStore store = HelmCredentialStore.fromEnvironment(env);

    assertThat(store.asProvider().credential("reg.example")).isEqualTo(Credential.basic("d", "d"));
    store.put("reg.example", Credential.basic("h", "h"));
    assertThat(store.get("reg.example")).isEqualTo(Credential.basic("h", "h"));
    assertThat(home.resolve(".config/helm/registry/config.json")).exists();
    store.delete("reg.example");
    assertThat(store.get("reg.example")).isEqualTo(Credential.basic("d", "d"));
    assertThat(Files.readString(home.resolve("docker/config.json"))).contains("ZDpk");
  }

  @Test
  void credentialHelperProtocol() throws Exception {
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path log = home.resolve("helper.log");
    Path helper = bin.resolve("docker-credential-fake");
    Files.writeString(
        helper,
        "#!/bin/sh\n"
            + "input=$(cat)\n"
            + "echo \"$1 $input\" >> "
            + log
            + "\n"
            + "case \"$1\" in\n"
            + "  get) if [ \"$input\" = \"helped.example\" ]; then echo '{\"ServerURL\":\"helped.example\",\"Username\":\"<token>\",\"Secret\":\"idt\"}';"
            + " else echo 'credentials not found in native keychain'; exit 1; fi ;;\n"
            + "esac\n");
    Files.setPosixFilePermissions(helper, PosixFilePermissions.fromString("rwx------"));
    Path helmConfig = home.resolve("helm.json");
    Files.writeString(
        helmConfig, "{\"credHelpers\":{\"helped.example\":\"fake\",\"other.example\":\"fake\"}}");
    Map<String, String> env =
        Map.of(
            "HOME",
            home.toString(),
            "HELM_REGISTRY_CONFIG",
            helmConfig.toString(),
            "PATH",
            bin + ":/usr/bin:/bin");
    HelmCredentialStore store = HelmCredentialStore.fromEnvironment(env);

    assertThat(store.get("helped.example")).isEqualTo(new Credential("", "", "idt", ""));
    assertThat(store.get("other.example")).isEqualTo(Credential.EMPTY);
    store.put("helped.example", Credential.basic("u", "p"));
    store.delete("helped.example");
    assertThat(Files.readAllLines(log))
        .containsExactly(
            "get helped.example",
            "get other.example",
            "store {\"ServerURL\":\"helped.example\",\"Username\":\"u\",\"Secret\":\"p\"}",
            "erase helped.example");
  }

  @Test
  void detectsTheDefaultNativeStoreWhenNothingIsConfigured() throws Exception {
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path log = home.resolve("secretservice.log");
    Path helper = bin.resolve("docker-credential-secretservice");
    Files.writeString(
        helper,
        "#!/bin/sh\necho \"$1 $(cat)\" >> "
            + log
            + "\n"
            + "[ \"$1\" = get ] && echo '{\"Username\":\"u\",\"Secret\":\"p\"}'\nexit 0\n");
    Files.setPosixFilePermissions(helper, PosixFilePermissions.fromString("rwx------"));
    Path helmConfig = home.resolve("helm/config.json");
    Map<String, String> env =
        Map.of(
            "HOME",
            home.toString(),
            "HELM_REGISTRY_CONFIG",
            helmConfig.toString(),
            "DOCKER_CONFIG",
            home.resolve("nodocker").toString(),
            "PATH",
            bin + ":/usr/bin:/bin");
    HelmCredentialStore store = HelmCredentialStore.fromEnvironment(env);

    store.put("reg.example", Credential.basic("u", "p"));

    assertThat(Files.readString(helmConfig))
        .isEqualTo("{\n\t\"auths\": {},\n\t\"credsStore\": \"secretservice\"\n}");
    assertThat(store.get("reg.example")).isEqualTo(Credential.basic("u", "p"));
    assertThat(Files.readAllLines(log))
        .containsExactly(
            "store {\"ServerURL\":\"reg.example\",\"Username\":\"u\",\"Secret\":\"p\"}",
            "get reg.example");
  }
}
