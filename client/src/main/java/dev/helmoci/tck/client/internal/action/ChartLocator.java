package dev.helmoci.tck.client.internal.action;

import dev.helmoci.tck.client.action.HelmEmulation;
import dev.helmoci.tck.client.action.LocatedChart;
import dev.helmoci.tck.client.internal.reference.OciReferences;
import dev.helmoci.tck.client.internal.semver.SemverException;
import dev.helmoci.tck.client.reference.Reference;
import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.semver.TagResolver;
import dev.helmoci.tck.client.semver.Version;
import java.io.IOException;
import java.util.List;

/**
 * Helm's {@code Client.ValidateReference}: turns {@code oci://host/repo/chart[:tag][@digest]} and a
 * {@code --version} (exact, range, empty, or {@code >0.0.0-0} for {@code --devel}) into a tag or a
 * digest to pull. An exact version is used verbatim and lists no tags.
 */
public final class ChartLocator {
  private final RegistryClients clients;
  private final HelmEmulation helm;

  public ChartLocator(RegistryClients clients, HelmEmulation helm) {
    this.clients = clients;
    this.helm = helm;
  }

  public LocatedChart locate(String ref, String version) throws IOException {
    if (!OciReferences.isOci(ref)) {
      throw new HelmException("not an OCI reference: " + ref);
    }
    Reference parsed = Reference.fromHelm(ref.substring("oci://".length()));
    String tag = parsed.tag();
    String wanted = version == null ? "" : version;
    if (wanted.isEmpty() && !tag.isEmpty()) {
      wanted = tag;
    } else if (!wanted.isEmpty() && !tag.isEmpty() && !wanted.equals(tag)) {
      throw new HelmException("chart reference and version mismatch: " + wanted + " is not " + tag);
    }
    RegistryClient registry = clients.forRegistry(parsed.registry());
    if (!parsed.digest().isEmpty()) {
      if (!wanted.isEmpty()) {
        checkTagPointsAtDigest(registry, parsed, wanted);
      }
      return new LocatedChart(parsed.registry(), parsed.repository(), "", parsed.digest());
    }
    if (isVersion(wanted)) {
      return new LocatedChart(parsed.registry(), parsed.repository(), wanted, "");
    }
    TagResolver resolver = new TagResolver(helm.wording());
    List<String> tags = TagResolver.semverTags(registry.listTags(parsed.repository()));
    if (tags.isEmpty()) {
      throw new HelmException(resolver.noTagsMessage(ref));
    }
    try {
      return new LocatedChart(
          parsed.registry(), parsed.repository(), resolver.match(tags, wanted), "");
    } catch (SemverException e) {
      throw new HelmException(e.getMessage(), e);
    }
  }

  /**
   * A tag that does not resolve is fine ("does not have to be tagged"); one pointing elsewhere is
   * not.
   */
  private static void checkTagPointsAtDigest(
      RegistryClient registry, Reference parsed, String version) {
    BlobDescriptor tagged;
    try {
      tagged = registry.resolveManifest(parsed.repository(), version.replace('+', '_'));
    } catch (IOException | RuntimeException unresolved) {
      return;
    }
    if (!tagged.digest().toString().equals(parsed.digest())) {
      throw new HelmException(
          "chart reference digest mismatch: " + tagged.digest() + " is not " + parsed.digest());
    }
  }

  private static boolean isVersion(String version) {
    if (version.isEmpty()) {
      return false;
    }
    try {
      Version.parse(version);
      return true;
    } catch (SemverException e) {
      return false;
    }
  }
}
