/**
 * Classic HTTP chart repositories ({@code index.yaml}), as Helm's {@code pkg/repo} and {@code
 * pkg/downloader} read them: the source side of a migration to OCI.
 */
package dev.helmoci.tck.client.repo;
