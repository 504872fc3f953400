package dev.helmoci.tck.authmatrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

/**
 * Docker config directories for the credentials fallback: one with the password in {@code auths},
 * one that names a {@code docker-credential-*} helper in {@code credHelpers}. The helper is a shell
 * script speaking the helper protocol ({@code get} reads the server on stdin, prints {@code
 * ServerURL}/{@code Username}/{@code Secret}) and logs every call, so a test can tell it was asked.
 */
final class DockerCredentials {
  private final Path directory;
  private final Path helperLog;

  private DockerCredentials(Path directory, Path helperLog) {
    this.directory = directory;
    this.helperLog = helperLog;
  }

  /** {@code {"auths":{"<host:port>":{"auth":"base64(user:password)"}}}}. */
  static DockerCredentials auths(Path directory, String server, String user, String password)
      throws IOException {
    String auth =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    write(directory, "{\"auths\":{\"" + server + "\":{\"auth\":\"" + auth + "\"}}}");
    return new DockerCredentials(directory, directory.resolve("no-helper.log"));
  }

  /**
   * {@code {"credHelpers":{"<host:port>":"<name>"}}} and the helper {@code
   * docker-credential-<name>} in {@code bin}.
   */
  static DockerCredentials helper(
      Path directory, Path bin, String name, String server, String user, String password)
      throws IOException {
    write(directory, "{\"credHelpers\":{\"" + server + "\":\"" + name + "\"}}");
    Path log = directory.resolve("helper.log");
    Path helper = Files.createDirectories(bin).resolve("docker-credential-" + name);
    Files.writeString(
        helper,
        "#!/bin/sh\n"
            + "input=$(cat)\n"
            + "echo \"$1 $input\" >> '"
            + log
            + "'\n"
            + "if [ \"$1\" = get ] && [ \"$input\" = '"
            + server
            + "' ]; then\n"
            + "  printf '{\"ServerURL\":\"%s\",\"Username\":\"%s\",\"Secret\":\"%s\"}\\n' '"
            + server
            + "' '"
            + user
            + "' '"
            + password
            + "'\n"
            + "  exit 0\n"
            + "fi\n"
            + "echo 'credentials not found in native keychain'\n"
            + "exit 1\n");
    Files.setPosixFilePermissions(helper, PosixFilePermissions.fromString("rwx------"));
    return new DockerCredentials(directory, log);
  }

  private static void write(Path directory, String json) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("config.json"), json);
  }

  Path directory() {
    return directory;
  }

  /** The helper's calls, {@code "<action> <stdin>"}; empty when it was never asked. */
  List<String> helperCalls() throws IOException {
    return Files.exists(helperLog) ? Files.readAllLines(helperLog) : List.of();
  }
}
