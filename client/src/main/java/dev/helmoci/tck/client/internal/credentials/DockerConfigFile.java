package dev.helmoci.tck.client.internal.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.credentials.CredentialStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A Docker-format {@code config.json} holding credentials in {@code auths}, as oras-go's {@code
 * credentials/internal/config}: reads {@code auth} (base64 {@code user:pass}), {@code
 * username}/{@code password}, {@code identitytoken}, {@code registrytoken}; keeps every other
 * field; writes atomically (temp file + rename, dir 0700, file 0600) with tab indentation.
 */
public final class DockerConfigFile implements CredentialStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;

  public DockerConfigFile(Path path) {
    this.path = path;
  }

  public Path path() {
    return path;
  }

  /** The helper named in {@code credHelpers} for this key, if any. */
  public Optional<String> credentialHelper(String serverAddress) throws IOException {
    return text(load().path("credHelpers").path(serverAddress));
  }

  /** The {@code credsStore} helper, if any. */
  public Optional<String> credentialsStore() throws IOException {
    return text(load().path("credsStore"));
  }

  /** oras-go {@code IsAuthConfigured}: any of credsStore, credHelpers or auths present. */
  public boolean isAuthConfigured() throws IOException {
    ObjectNode root = load();
    return credentialsStore().isPresent()
        || !root.path("credHelpers").isEmpty()
        || !root.path("auths").isEmpty();
  }

  /** Records the native store all credentials go to, keeping everything else. */
  public void setCredentialsStore(String helper) throws IOException {
    ObjectNode root = load();
    root.put("credsStore", helper);
    save(root, sortedAuths(root));
  }

  @Override
  public Credential get(String serverAddress) throws IOException {
    JsonNode auths = load().path("auths");
    JsonNode entry = auths.get(serverAddress);
    if (entry == null) {
      for (Map.Entry<String, JsonNode> candidate : auths.properties()) {
        if (ServerAddresses.toHostname(candidate.getKey()).equals(serverAddress)) {
          entry = candidate.getValue();
          break;
        }
      }
    }
    return entry == null ? Credential.EMPTY : credential(entry, serverAddress);
  }

  @Override
  public void put(String serverAddress, Credential credential) throws IOException {
    ObjectNode root = load();
    TreeMap<String, JsonNode> auths = sortedAuths(root);
    ObjectNode entry = JSON.createObjectNode();
    if (!credential.username().isEmpty() || !credential.password().isEmpty()) {
      entry.put(
          "auth",
          Base64.getEncoder()
              .encodeToString(
                  (credential.username() + ":" + credential.password())
                      .getBytes(StandardCharsets.UTF_8)));
    }
    if (!credential.refreshToken().isEmpty()) {
      entry.put("identitytoken", credential.refreshToken());
    }
    if (!credential.accessToken().isEmpty()) {
      entry.put("registrytoken", credential.accessToken());
    }
    auths.put(serverAddress, entry);
    save(root, auths);
  }

  @Override
  public void delete(String serverAddress) throws IOException {
    ObjectNode root = load();
    TreeMap<String, JsonNode> auths = sortedAuths(root);
    if (auths.remove(serverAddress) != null) {
      save(root, auths);
    }
  }

  private static Credential credential(JsonNode entry, String serverAddress) throws IOException {
    String username = text(entry.path("username")).orElse("");
    String password = text(entry.path("password")).orElse("");
    Optional<String> auth = text(entry.path("auth"));
    if (auth.isPresent()) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(auth.get()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new IOException(
            "failed to decode auth field for " + serverAddress + ": invalid base64");
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        // oras-go echoes the decoded value here; it is a secret, so we do not.
        throw new IOException(
            "failed to decode auth field for "
                + serverAddress
                + ": auth does not conform the base64(username:password) format");
      }
      username = decoded.substring(0, colon);
      password = decoded.substring(colon + 1);
    }
    return new Credential(
        username,
        password,
        text(entry.path("identitytoken")).orElse(""),
        text(entry.path("registrytoken")).orElse(""));
  }

  private ObjectNode load() throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return JSON.createObjectNode();
    }
    if (bytes.length == 0) {
      return JSON.createObjectNode();
    }
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (IOException e) {
      throw new IOException("failed to decode config file at " + path + ": invalid config format");
    }
    if (root == null || !root.isObject()) {
      throw new IOException("failed to decode config file at " + path + ": invalid config format");
    }
    return (ObjectNode) root;
  }

  private static TreeMap<String, JsonNode> sortedAuths(ObjectNode root) {
    TreeMap<String, JsonNode> auths = new TreeMap<>();
    root.path("auths").properties().forEach(e -> auths.put(e.getKey(), e.getValue()));
    return auths;
  }

  /** Go marshals the top-level map and {@code auths} with sorted keys. */
  private void save(ObjectNode root, TreeMap<String, JsonNode> auths) throws IOException {
    ObjectNode authsNode = JSON.createObjectNode();
    auths.forEach(authsNode::set);
    root.set("auths", authsNode);
    TreeMap<String, JsonNode> top = new TreeMap<>();
    root.properties().forEach(e -> top.put(e.getKey(), e.getValue()));
    ObjectNode sorted = JSON.createObjectNode();
    top.forEach(sorted::set);
    writeAtomically(GoJsonIndent.render(sorted).getBytes(StandardCharsets.UTF_8));
  }

  private void writeAtomically(byte[] content) throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    Path temp =
        Files.createTempFile(
            dir,
            path.getFileName() + ".tmp",
            "",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      Files.write(temp, content);
      try {
        Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Optional<String> text(JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isEmpty()
        ? Optional.of(node.asText())
        : Optional.empty();
  }
}
