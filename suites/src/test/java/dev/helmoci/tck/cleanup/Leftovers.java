package dev.helmoci.tck.cleanup;

import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.reference.Digest;
import dev.helmoci.tck.client.registry.NotFoundException;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.transport.ErrorResponseException;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.fixtures.fault.RecordedExchange;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is still in the registry of everything a run wrote, as a proxy in front of it saw the writes
 * (independent of the kit's own ledger): each manifest PUT (by the digest the registry answered),
 * each finished blob upload or mount, and the tags of every repository written to — asked of the
 * registry directly.
 */
final class Leftovers {
  private static final Pattern MANIFEST = Pattern.compile("/v2/(.+)/manifests/([^/?]+)");
  private static final Pattern UPLOAD = Pattern.compile("/v2/(.+)/blobs/uploads/.*");
  private static final Pattern DIGEST = Pattern.compile("[?&](?:digest|mount)=([^&]+)");

  private Leftovers() {}

  static List<String> of(List<RecordedExchange> exchanges, EmbeddedRegistry registry)
      throws IOException {
    Set<String> repositories = new LinkedHashSet<>();
    Set<String> manifests = new LinkedHashSet<>();
    Set<String> blobs = new LinkedHashSet<>();
    for (RecordedExchange exchange : exchanges) {
      if (exchange.status() / 100 != 2) {
        continue;
      }
      Matcher manifest = MANIFEST.matcher(exchange.path());
      Matcher upload = UPLOAD.matcher(exchange.path());
      if (exchange.method().equals("PUT") && manifest.matches()) {
        repositories.add(manifest.group(1));
        String digest = exchange.responseHeaders().getOrDefault("Docker-Content-Digest", "");
        if (!digest.isEmpty()) {
          manifests.add(manifest.group(1) + "@" + digest);
        }
      } else if ((exchange.method().equals("PUT") || exchange.method().equals("POST"))
          && upload.matches()) {
        repositories.add(upload.group(1));
        Matcher digest = DIGEST.matcher(exchange.target());
        if (digest.find() && exchange.status() == 201) {
          blobs.add(
              upload.group(1)
                  + "@"
                  + java.net.URLDecoder.decode(
                      digest.group(1), java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    RegistryClient client = client(registry);
    List<String> left = new ArrayList<>();
    for (String repository : repositories) {
      List<String> tags = tags(client, repository);
      if (!tags.isEmpty()) {
        left.add("tags " + repository + ":" + tags);
      }
    }
    for (String manifest : manifests) {
      String[] parts = manifest.split("@", 2);
      if (client.manifestExists(parts[0], parts[1])) {
        left.add("manifest " + manifest);
      }
    }
    for (String blob : blobs) {
      String[] parts = blob.split("@", 2);
      if (client.blobExists(parts[0], Digest.parse(parts[1]))) {
        left.add("blob " + blob);
      }
    }
    return left;
  }

  /** Whether the run wrote at all (a leftover count of 0 after no writes proves nothing). */
  static long writes(List<RecordedExchange> exchanges) {
    return exchanges.stream()
        .filter(
            e ->
                e.status() / 100 == 2
                    && e.method().equals("PUT")
                    && MANIFEST.matcher(e.path()).matches())
        .count();
  }

  private static List<String> tags(RegistryClient client, String repository) throws IOException {
    try {
      return client.listTags(repository);
    } catch (NotFoundException | ErrorResponseException e) {
      // 404: nothing tagged there (distribution and zot answer so for a repository without tags).
      if (e instanceof ErrorResponseException error && error.statusCode() != 404) {
        throw e;
      }
      return List.of();
    }
  }

  private static RegistryClient client(EmbeddedRegistry registry) throws IOException {
    CredentialProvider credentials =
        registry
            .credentials()
            .map(c -> CredentialProvider.always(Credential.basic(c.username(), c.password())))
            .orElse(CredentialProvider.NONE);
    return RegistryClient.builder(registry.hostPort())
        .transportOptions(TransportOptions.builder().plainHttp(true).build())
        .credentials(credentials)
        .build();
  }
}
