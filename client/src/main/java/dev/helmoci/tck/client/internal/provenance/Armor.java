package dev.helmoci.tck.client.internal.provenance;

import java.util.Base64;

/**
 * ASCII armor for a signature as Go's {@code armor.Encode} writes it: no headers, 64-column base64.
 */
public final class Armor {
  private static final int CRC24_INIT = 0xB704CE;
  private static final int CRC24_POLY = 0x1864CFB;

  private Armor() {}

  public static String signature(byte[] packet) {
    StringBuilder out = new StringBuilder(ClearSignedMessage.BEGIN_SIGNATURE).append("\n\n");
    String body = Base64.getEncoder().encodeToString(packet);
    for (int i = 0; i < body.length(); i += 64) {
      out.append(body, i, Math.min(body.length(), i + 64)).append('\n');
    }
    int crc = crc24(packet);
    byte[] crcBytes = {(byte) (crc >> 16), (byte) (crc >> 8), (byte) crc};
    return out.append('=')
        .append(Base64.getEncoder().encodeToString(crcBytes))
        .append("\n-----END PGP SIGNATURE-----")
        .toString();
  }

  static int crc24(byte[] data) {
    int crc = CRC24_INIT;
    for (byte b : data) {
      crc ^= (b & 0xff) << 16;
      for (int i = 0; i < 8; i++) {
        crc <<= 1;
        if ((crc & 0x1000000) != 0) {
          crc ^= CRC24_POLY;
        }
      }
    }
    return crc & 0xFFFFFF;
  }
}
