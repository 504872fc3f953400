package dev.helmoci.tck.client.registry;

import dev.helmoci.tck.client.reference.Digest;

/**
 * What the wire layer knows about a piece of content: media type, digest and size. The digest is a
 * parsed {@link Digest}: a malformed one from a registry is refused where it is read (with the
 * header or field it came from), never carried along as text.
 */
public record BlobDescriptor(String mediaType, Digest digest, long size) {}
