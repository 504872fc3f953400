package dev.helmoci.tck.engine.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Suite files are UTF-8 (YAML 1.2, section 5.2, allows UTF-8 without a BOM). A byte sequence that
 * is not UTF-8 is a problem at its line and column, never a silent U+FFFD that a matcher or a name
 * would then carry.
 */
public final class Utf8Text {
  private Utf8Text() {}

  /** The text, or the position and description of the first invalid byte. */
  public static Decoded decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      return new Decoded(
          null,
          Optional.of(
              new YamlProblem(
                  position(out),
                  String.format(
                      "not UTF-8: byte 0x%02x at offset %d",
                      bytes[in.position()] & 0xff, in.position()))));
    }
    decoder.flush(out);
    out.flip();
    return new Decoded(out.toString(), Optional.empty());
  }

  private static SourcePosition position(CharBuffer before) {
    int line = 1;
    int column = 1;
    while (before.hasRemaining()) {
      char c = before.get();
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourcePosition(line, column);
  }

  /** Either {@code text} or a {@code problem}. */
  public record Decoded(String text, Optional<YamlProblem> problem) {}
}
