package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code helm-oci-tck sweep}: deletes what crashed runs left behind — every manifest in repositories under
 * {@code [<namespace>/]tck-} — found through the catalog. The password comes from {@code OCI_PASSWORD} only.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Delete the repositories' manifests that earlier runs left in a registry.")
final class SweepCommand implements Callable<Integer> {
  @Option(names = "--target", required = true, paramLabel = "URL", description = "registry URL")
  URI target;

  @Option(names = "--username", description = "registry username (password from OCI_PASSWORD)")
  String username;

  @Option(names = "--namespace", defaultValue = "", description = "the runs' namespace, as given to run")
  String namespace;

  @Option(names = "--ca-file", description = "PEM CA bundle")
  Path caFile;

  @Option(names = "--insecure", description = "skip TLS verification")
  boolean insecure;

  @Option(names = "--dry-run", description = "list what would be deleted, delete nothing")
  boolean dryRun;

  @Override
  public Integer call() throws IOException {
    RegistryClient registry = client();
    String prefix = (namespace.isEmpty() ? "" : namespace + "/") + "tck-";
    int deleted = 0;
    int kept = 0;
    for (String repository : registry.catalog()) {
      if (!repository.startsWith(prefix)) {
        continue;
      }
      Set<String> digests = new LinkedHashSet<>();
      for (String tag : registry.listTags(repository)) {
        BlobDescriptor manifest = registry.resolveManifest(repository, tag);
        digests.add(manifest.digest());
      }
      for (String digest : digests) {
        if (dryRun) {
          System.out.println("would delete " + repository + "@" + digest);
          continue;
        }
        try {
          registry.deleteManifest(repository, digest);
          System.out.println("deleted " + repository + "@" + digest);
          deleted++;
        } catch (IOException e) {
          System.out.println("kept " + repository + "@" + digest + ": " + e.getMessage());
          kept++;
        }
      }
    }
    System.out.println(deleted + " deleted, " + kept + " could not be deleted");
    return kept == 0 ? TckCli.PASSED : TckCli.KIT_ERROR;
  }

  private RegistryClient client() throws IOException {
    TransportOptions.Builder transport = TransportOptions.builder().plainHttp("http".equals(target.getScheme()))
        .insecureSkipTlsVerify(insecure);
    if (caFile != null) {
      transport.caFile(caFile);
    }
    String password = System.getenv("OCI_PASSWORD");
    CredentialProvider credentials = username != null && password != null
        ? CredentialProvider.always(Credential.basic(username, password)) : CredentialProvider.NONE;
    String host = target.getPort() < 0 ? target.getHost() : target.getHost() + ":" + target.getPort();
    return RegistryClient.builder(host).transportOptions(transport.build()).credentials(credentials).build();
  }
}
