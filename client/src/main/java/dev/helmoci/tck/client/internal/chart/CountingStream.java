package dev.helmoci.tck.client.internal.chart;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * At most {@code limit} bytes of a tar entry, counted, so the archive walk applies Helm's size
 * limit as it streams.
 */
public final class CountingStream extends FilterInputStream {
  private long remaining;
  private long count;

  public CountingStream(InputStream in, long limit) {
    super(in);
    this.remaining = limit;
  }

  @Override
  public int read() throws IOException {
    if (remaining <= 0) {
      return -1;
    }
    int b = super.read();
    if (b >= 0) {
      remaining--;
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (remaining <= 0) {
      return -1;
    }
    int n = super.read(buffer, offset, (int) Math.min(length, remaining));
    if (n > 0) {
      remaining -= n;
      count += n;
    }
    return n;
  }

  /** Reads what the consumer left, so the count is the entry's size (up to the limit). */
  public void drain() throws IOException {
    byte[] buffer = new byte[8192];
    while (read(buffer, 0, buffer.length) > 0) {
      // counted by read
    }
  }

  public long count() {
    return count;
  }

  @Override
  public void close() {
    // The tar stream outlives each entry.
  }
}
