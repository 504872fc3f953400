package dev.helmoci.tck.client.internal.chart;

/**
 * Helm's {@code ensureArchive}: a friendlier error when a chart file is not gzip. Content types are
 * a reduced form of Go's {@code http.DetectContentType} (text vs. binary).
 */
public final class ArchiveSniffer {
  private ArchiveSniffer() {}

  public static void ensureGzip(String name, byte[] head) {
    if (head.length >= 3 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b && head[2] == 8) {
      return;
    }
    if (name.endsWith(".yml") || name.endsWith(".yaml")) {
      throw new ChartLoadException(
          "file '" + name + "' seems to be a YAML file, but expected a gzipped archive");
    }
    throw new ChartLoadException(
        "file '"
            + name
            + "' does not appear to be a gzipped archive; got '"
            + contentType(head)
            + "'");
  }

  private static String contentType(byte[] head) {
    for (byte b : head) {
      int c = b & 0xff;
      if (c <= 0x08 || c == 0x0b || (c >= 0x0e && c <= 0x1a) || (c >= 0x1c && c <= 0x1f)) {
        return "application/octet-stream";
      }
    }
    return "text/plain; charset=utf-8";
  }
}
