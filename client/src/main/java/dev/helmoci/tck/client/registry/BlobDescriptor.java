package dev.helmoci.tck.client.registry;

/**
 * What the wire layer knows about a piece of content: media type, digest string ({@code
 * sha256:<hex>}) and size. Minimal on purpose; the model package may own a richer descriptor later.
 */
public record BlobDescriptor(String mediaType, String digest, long size) {}
