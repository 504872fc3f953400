package dev.helmoci.tck.client.repo;

import dev.helmoci.tck.client.internal.repo.RepoUrls;
import java.util.Optional;

/**
 * A chart archive fetched from a classic repository, its digest checked against the index.
 *
 * @param url where the archive came from (after {@link RepoUrls#resolve})
 * @param provenance the {@code .prov} beside it, empty when the repository answers 404 for it
 */
public record DownloadedChart(
    RepoEntry entry, String url, byte[] archive, Optional<byte[]> provenance) {}
