package dev.helmoci.tck.reports.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code SHA256SUMS} in the format {@code sha256sum} writes and {@code sha256sum -c} checks ({@code
 * <hex> <path>}, paths relative to the bundle, {@code /}-separated), so a bundle can be checked
 * without the kit too.
 */
public final class Checksums {
  public static final String FILE = "SHA256SUMS";

  private Checksums() {}

  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  public static String sha256(Path file) throws IOException {
    MessageDigest digest = digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Every regular file under {@code root} but the sums file itself, by relative path. */
  public static Map<String, String> of(Path root) throws IOException {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name =
            root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        if (!name.equals(FILE)) {
          sums.put(name, sha256(file));
        }
      }
    }
    return sums;
  }

  public static void write(Path root) throws IOException {
    StringBuilder out = new StringBuilder();
    of(root).forEach((name, sum) -> out.append(sum).append("  ").append(name).append('\n'));
    Files.writeString(root.resolve(FILE), out.toString(), StandardCharsets.UTF_8);
  }

  /** The sums file's entries; a malformed line is an {@link IOException} naming its line number. */
  public static Map<String, String> read(Path root) throws IOException {
    Map<String, String> sums = new TreeMap<>();
    List<String> lines =
        new ArrayList<>(Files.readAllLines(root.resolve(FILE), StandardCharsets.UTF_8));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (!line.matches("[0-9a-f]{64}  \\S.*")) {
        throw new IOException(FILE + ":" + (i + 1) + ": not '<sha256>  <path>': " + line);
      }
      sums.put(line.substring(66), line.substring(0, 64));
    }
    return sums;
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
