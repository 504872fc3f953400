package dev.helmoci.tck.client.action;

import dev.helmoci.tck.client.manifest.Descriptor;
import dev.helmoci.tck.client.registry.BlobDescriptor;

/** Converts between the model's descriptor and the wire layer's. */
final class Descriptors {
  private Descriptors() {}

  static BlobDescriptor wire(Descriptor d) {
    return new BlobDescriptor(d.mediaType(), d.digest().toString(), d.size());
  }
}
