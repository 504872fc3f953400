package dev.helmoci.tck.client.internal.registry;

import dev.helmoci.tck.client.registry.BlobDescriptor;
import dev.helmoci.tck.client.registry.RegistryException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Reads exactly {@code size} bytes and checks them against a digest while streaming, as oras-go's
 * {@code content.VerifyReader}: fewer bytes fail with {@code unexpected EOF}, more with {@code
 * trailing data}, other bytes with {@code mismatched digest}. Verification happens when the reader
 * reaches the end, so memory stays flat with blob size.
 */
public final class VerifyingInputStream extends FilterInputStream {
  public static final String UNEXPECTED_EOF = "unexpected EOF";
  public static final String TRAILING_DATA = "trailing data";
  public static final String MISMATCHED_DIGEST = "mismatched digest";

  private final BlobDescriptor expected;
  private final MessageDigest md;
  private long remaining;
  private boolean verified;

  public VerifyingInputStream(InputStream in, BlobDescriptor expected) throws RegistryException {
    super(in);
    this.expected = expected;
    this.md = Digests.forDigest(expected.digest().toString());
    this.remaining = expected.size();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (remaining == 0) {
      verify();
      return -1;
    }
    int n = in.read(b, off, (int) Math.min(len, remaining));
    if (n < 0) {
      throw new RegistryException(UNEXPECTED_EOF);
    }
    md.update(b, off, n);
    remaining -= n;
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buffer = new byte[8192];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void verify() throws IOException {
    if (verified) {
      return;
    }
    if (in.read() != -1) {
      throw new RegistryException(TRAILING_DATA);
    }
    String want = expected.digest().toString();
    if (!Digests.format(want, md).equals(want)) {
      throw new RegistryException(MISMATCHED_DIGEST);
    }
    verified = true;
  }
}
