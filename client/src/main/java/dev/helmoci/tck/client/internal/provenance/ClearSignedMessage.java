package dev.helmoci.tck.client.internal.provenance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An OpenPGP cleartext-signed message (RFC 4880 §7), split as Go's {@code clearsign.Decode} does:
 * the dash-unescaped text, its canonical form for hashing, and the armored signature.
 */
public final class ClearSignedMessage {
  public static final String BEGIN_MESSAGE = "-----BEGIN PGP SIGNED MESSAGE-----";
  static final String BEGIN_SIGNATURE = "-----BEGIN PGP SIGNATURE-----";

  private final String plaintext;
  private final byte[] canonical;
  private final String armoredSignature;

  private ClearSignedMessage(String plaintext, byte[] canonical, String armoredSignature) {
    this.plaintext = plaintext;
    this.canonical = canonical;
    this.armoredSignature = armoredSignature;
  }

  /** Returns null when no signed-message block is present (Go's {@code block == nil}). */
  static ClearSignedMessage decode(byte[] data) {
    String[] lines = new String(data, StandardCharsets.UTF_8).split("\r?\n", -1);
    int i = 0;
    while (i < lines.length && !lines[i].trim().equals(BEGIN_MESSAGE)) {
      i++;
    }
    i++;
    while (i < lines.length && !lines[i].trim().isEmpty()) {
      i++; // armor headers such as "Hash: SHA512"
    }
    i++;
    List<String> text = new ArrayList<>();
    while (i < lines.length && !lines[i].equals(BEGIN_SIGNATURE)) {
      text.add(lines[i].startsWith("- ") ? lines[i].substring(2) : lines[i]);
      i++;
    }
    if (i >= lines.length) {
      return null;
    }
    StringBuilder signature = new StringBuilder();
    for (; i < lines.length; i++) {
      signature.append(lines[i]).append('\n');
    }
    return new ClearSignedMessage(
        String.join("\n", text), canonicalize(text), signature.toString());
  }

  /** The signed bytes: trailing blanks removed from each line, lines joined with CRLF. */
  public static byte[] canonicalize(List<String> lines) {
    List<String> trimmed = new ArrayList<>();
    for (String line : lines) {
      int end = line.length();
      while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
        end--;
      }
      trimmed.add(line.substring(0, end));
    }
    return String.join("\r\n", trimmed).getBytes(StandardCharsets.UTF_8);
  }

  String plaintext() {
    return plaintext;
  }

  byte[] canonical() {
    return canonical.clone();
  }

  String armoredSignature() {
    return armoredSignature;
  }
}
