package dev.helmoci.tck.client.internal.chart;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream without a leading UTF-8 byte order mark, as Helm's loader trims it ({@code
 * bytes.TrimPrefix}).
 */
public final class BomStripping {
  private BomStripping() {}

  public static InputStream wrap(InputStream in) throws IOException {
    BufferedInputStream buffered =
        new BufferedInputStream(in, 8192) {
          @Override
          public void close() {
            // The tar stream outlives each entry.
          }
        };
    buffered.mark(3);
    byte[] head = buffered.readNBytes(3);
    boolean bom =
        head.length == 3
            && (head[0] & 0xff) == 0xef
            && (head[1] & 0xff) == 0xbb
            && (head[2] & 0xff) == 0xbf;
    if (!bom) {
      buffered.reset();
    }
    return buffered;
  }
}
