package dev.helmoci.tck.client.internal.action;

import dev.helmoci.tck.client.manifest.Descriptor;
import dev.helmoci.tck.client.registry.BlobDescriptor;

/** Converts between the model's descriptor and the wire layer's. */
public final class Descriptors {
  private Descriptors() {}

  public static BlobDescriptor wire(Descriptor d) {
    return new BlobDescriptor(d.mediaType(), d.digest(), d.size());
  }
}
