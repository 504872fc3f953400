package dev.helmoci.tck.engine.driver;

/** The tags Helm sees for {@code oci://host/repository} (strict SemVer only, highest first). */
public record TagsRequest(String repository) {}
