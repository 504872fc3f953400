package dev.helmoci.tck.client.reference;

import dev.helmoci.tck.client.internal.golang.Strconv;
import dev.helmoci.tck.client.internal.reference.InvalidReferenceException;
import dev.helmoci.tck.client.internal.reference.OciReferences;
import dev.helmoci.tck.client.internal.reference.RegistryNames;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An OCI artifact reference as Helm sees it: registry, repository, and a tag and/or a digest.
 *
 * <p>Two parsers: {@link #parse(String)} is oras-go's {@code registry.ParseReference} (used by
 * Helm's {@code Tags}); {@link #fromHelm(String)} is Helm's {@code newReference} (push, pull),
 * which strips {@code oci://}, splits the digest at the last {@code @}, and turns {@code +} in the
 * tag into {@code _}. Errors are {@link InvalidReferenceException}s carrying Helm's exact text.
 *
 * @param registry registry host[:port] as written
 * @param repository repository path
 * @param tag tag, or empty
 * @param digest digest text, or empty; from {@link #fromHelm} it is not validated, as in Helm
 */
public record Reference(String registry, String repository, String tag, String digest) {
  private static final String PREFIX = "invalid reference: ";
  private static final Pattern REPOSITORY =
      Pattern.compile(
          "^[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*)*$");
  // Go's \w is ASCII-only, so spell it out.
  private static final Pattern TAG = Pattern.compile("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$");

  public Reference {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(repository, "repository");
    tag = tag == null ? "" : tag;
    digest = digest == null ? "" : digest;
  }

  /**
   * oras-go {@code ParseReference}: {@code registry/repo}, {@code registry/repo:tag}, {@code
   * registry/repo@digest} or {@code registry/repo:tag@digest} (the tag is then dropped without
   * validation, as oras does).
   */
  public static Reference parse(String artifact) {
    int slash = artifact.indexOf('/');
    if (slash < 0) {
      throw new InvalidReferenceException(PREFIX + "missing registry or repository");
    }
    String registry = artifact.substring(0, slash);
    String path = artifact.substring(slash + 1);
    String repository = path;
    String tag = "";
    String digest = "";
    int at = path.indexOf('@');
    int colon = path.indexOf(':');
    if (at >= 0) {
      repository = path.substring(0, at);
      digest = path.substring(at + 1);
      int tagColon = repository.indexOf(':');
      if (tagColon >= 0) {
        repository = repository.substring(0, tagColon);
      }
    } else if (colon >= 0) {
      repository = path.substring(0, colon);
      tag = path.substring(colon + 1);
    }
    validateRegistry(registry);
    validateRepository(repository);
    if (at >= 0 && !digest.isEmpty()) {
      String cause = Digest.validationError(digest);
      if (cause != null) {
        throw new InvalidReferenceException(
            PREFIX + "invalid digest " + Strconv.quote(digest) + ": " + cause);
      }
    } else if (!tag.isEmpty() && !TAG.matcher(tag).matches()) {
      throw new InvalidReferenceException(PREFIX + "invalid tag " + Strconv.quote(tag));
    }
    return new Reference(registry, repository, tag, digest);
  }

  /**
   * Helm's {@code newReference}. The digest after the last {@code @} is kept verbatim (Helm does
   * not validate it here). A {@code +} in the tag becomes {@code _}, by replacing every occurrence
   * of the tag text in the whole string, which is Helm's behaviour, quirks included.
   */
  public static Reference fromHelm(String raw) {
    String rest =
        raw.startsWith(OciReferences.OCI_PREFIX)
            ? raw.substring(OciReferences.OCI_PREFIX.length())
            : raw;
    String digest = "";
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String[] parts = rest.split(":", -1);
    if (parts.length > 1 && !parts[parts.length - 1].contains("/")) {
      String tag = parts[parts.length - 1];
      if (!tag.isEmpty()) {
        rest = rest.replace(tag, tag.replace('+', '_'));
      }
    }
    Reference oras = parse(rest);
    return new Reference(oras.registry, oras.repository, oras.tag, digest);
  }

  /** The host to contact: {@code docker.io} is served by {@code registry-1.docker.io}. */
  public String host() {
    return "docker.io".equals(registry) ? "registry-1.docker.io" : registry;
  }

  /**
   * Helm's {@code reference.String()}: {@code registry/repo:tag} when there is a tag (the digest is
   * dropped), otherwise {@code registry/repo@digest} ({@code registry/repo@} when both are empty).
   */
  @Override
  public String toString() {
    String base = registry + "/" + repository;
    return tag.isEmpty() ? base + "@" + digest : base + ":" + tag;
  }

  private static void validateRegistry(String registry) {
    if (!RegistryNames.isValid(registry)) {
      throw new InvalidReferenceException(PREFIX + "invalid registry " + Strconv.quote(registry));
    }
  }

  private static void validateRepository(String repository) {
    if (!REPOSITORY.matcher(repository).matches()) {
      throw new InvalidReferenceException(
          PREFIX + "invalid repository " + Strconv.quote(repository));
    }
  }
}
