package dev.helmoci.tck.engine.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceLinksTest {

  @Test
  void referencesOfTheShippedSuitesLinkWhereTheyCanBeRead() {
    assertThat(
            ReferenceLinks.url(
                new Reference("helm-docs", "topics/registries.mdx#the-push-subcommand")))
        .contains(
            "https://github.com/helm/helm-www/blob/main/docs/topics/registries.mdx#the-push-subcommand");
    assertThat(ReferenceLinks.url(new Reference("helm-source", "pkg/pusher/ocipusher.go#push")))
        .contains("https://github.com/helm/helm/blob/main/pkg/pusher/ocipusher.go");
    assertThat(
            ReferenceLinks.url(
                new Reference("oci-spec", "spec.md#listing-tags (pagination, Link)")))
        .contains(
            "https://github.com/opencontainers/distribution-spec/blob/main/spec.md#listing-tags");
  }

  @Test
  void aReferenceToAnotherProjectOrDocumentHasNoLink() {
    assertThat(
            ReferenceLinks.url(
                new Reference("helm-source", "oras-go registry/reference.go (tag regex)")))
        .isEmpty();
    assertThat(ReferenceLinks.url(new Reference("oci-spec", "image-spec annotations.md")))
        .isEmpty();
  }
}
