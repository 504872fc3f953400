package dev.helmoci.tck.client.internal.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.credentials.CredentialStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code docker-credential-<name>} program speaking the Docker credential-helper protocol: {@code
 * get}/{@code erase} read the server address on stdin, {@code store} reads {@code
 * {"ServerURL","Username","Secret"}}. Username {@code <token>} marks an identity token. Every call
 * is bounded by a timeout; the helper's output never reaches an error message.
 */
public final class NativeCredentialHelper implements CredentialStore {
  static final String TOKEN_USERNAME = "<token>";
  private static final String NOT_FOUND = "credentials not found in native keychain";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String program;
  private final Map<String, String> env;
  private final Duration timeout;

  /**
   * @param name helper suffix, e.g. {@code pass} for {@code docker-credential-pass}
   * @param env environment used to find the program on {@code PATH} and to run it
   */
  public NativeCredentialHelper(String name, Map<String, String> env, Duration timeout) {
    this.program = "docker-credential-" + name;
    this.env = Map.copyOf(env);
    this.timeout = timeout;
  }

  @Override
  public Credential get(String serverAddress) throws IOException {
    Result result = run("get", serverAddress.getBytes(StandardCharsets.UTF_8));
    if (result.exitCode != 0) {
      if (result.stdout.contains(NOT_FOUND) || result.stderr.contains(NOT_FOUND)) {
        return Credential.EMPTY;
      }
      throw new IOException(program + " get failed with exit code " + result.exitCode);
    }
    JsonNode reply;
    try {
      reply = JSON.readTree(result.stdout);
    } catch (IOException e) {
      throw new IOException(program + " get returned invalid JSON");
    }
    String username = reply.path("Username").asText("");
    String secret = reply.path("Secret").asText("");
    return username.equals(TOKEN_USERNAME)
        ? new Credential("", "", secret, "")
        : Credential.basic(username, secret);
  }

  @Override
  public void put(String serverAddress, Credential credential) throws IOException {
    ObjectNode payload = JSON.createObjectNode().put("ServerURL", serverAddress);
    if (!credential.refreshToken().isEmpty()) {
      payload.put("Username", TOKEN_USERNAME).put("Secret", credential.refreshToken());
    } else {
      payload.put("Username", credential.username()).put("Secret", credential.password());
    }
    Result result = run("store", JSON.writeValueAsBytes(payload));
    if (result.exitCode != 0) {
      throw new IOException(program + " store failed with exit code " + result.exitCode);
    }
  }

  @Override
  public void delete(String serverAddress) throws IOException {
    Result result = run("erase", serverAddress.getBytes(StandardCharsets.UTF_8));
    if (result.exitCode != 0 && !result.stdout.contains(NOT_FOUND)) {
      throw new IOException(program + " erase failed with exit code " + result.exitCode);
    }
  }

  private Result run(String action, byte[] stdin) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(locate().toString(), action);
    builder.environment().clear();
    builder.environment().putAll(env);
    Path stdout = Files.createTempFile("cred-helper", ".out");
    Path stderr = Files.createTempFile("cred-helper", ".err");
    try {
      builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
      Process process = builder.start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin);
      } catch (IOException e) {
        // A helper may exit without reading its input; its exit code tells what happened.
      }
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IOException(
            program + " " + action + " timed out after " + timeout.toMillis() + " ms");
      }
      return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(program + " " + action + " interrupted", e);
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  private Path locate() throws IOException {
    return NativeHelpers.onPath(env, program)
        .orElseThrow(() -> new IOException(program + ": executable file not found in $PATH"));
  }

  private record Result(int exitCode, String stdout, String stderr) {}
}
