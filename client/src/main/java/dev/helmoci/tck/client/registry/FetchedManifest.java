package dev.helmoci.tck.client.registry;

/**
 * A manifest as received: its descriptor (from the response, verified) and the exact bytes, so
 * digests are always computed on what the registry sent.
 */
public record FetchedManifest(BlobDescriptor descriptor, byte[] content) {}
