package dev.helmoci.tck.client.internal.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Reads PEM certificates and private keys the way Go's {@code tls.X509KeyPair} accepts them: PKCS#8
 * ({@code PRIVATE KEY}), PKCS#1 ({@code RSA PRIVATE KEY}) and SEC 1 ({@code EC PRIVATE KEY}).
 */
public final class PemMaterial {
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]+)-----END \\1-----");

  private PemMaterial() {}

  static List<X509Certificate> certificates(Path file) throws IOException {
    CertificateFactory factory;
    try {
      factory = CertificateFactory.getInstance("X.509");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("X.509 is not supported by this JVM", e);
    }
    List<X509Certificate> certs = new ArrayList<>();
    for (Block block : blocks(file)) {
      if (block.type.equals("CERTIFICATE")) {
        try {
          certs.add(
              (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der)));
        } catch (GeneralSecurityException e) {
          throw new IOException("invalid certificate in " + file + ": " + e.getMessage(), e);
        }
      }
    }
    if (certs.isEmpty()) {
      throw new IOException("no PEM certificate found in " + file);
    }
    return certs;
  }

  static PrivateKey privateKey(Path file) throws IOException {
    for (Block block : blocks(file)) {
      try {
        switch (block.type) {
          case "PRIVATE KEY":
            return pkcs8(block.der);
          case "RSA PRIVATE KEY":
            return pkcs8(
                new PrivateKeyInfo(
                        new AlgorithmIdentifier(
                            PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                        org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(block.der))
                    .getEncoded());
          case "EC PRIVATE KEY":
            ECPrivateKey ec = ECPrivateKey.getInstance(block.der);
            return pkcs8(
                new PrivateKeyInfo(
                        new AlgorithmIdentifier(
                            X9ObjectIdentifiers.id_ecPublicKey, ec.getParametersObject()),
                        ec)
                    .getEncoded());
          default:
            break;
        }
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        // The key's bytes are never echoed: only the file and the failure kind.
        throw new IOException(
            "invalid private key in " + file + ": " + e.getClass().getSimpleName(), e);
      }
    }
    throw new IOException("no PEM private key found in " + file);
  }

  private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
    PrivateKeyInfo info = PrivateKeyInfo.getInstance(der);
    String oid = info.getPrivateKeyAlgorithm().getAlgorithm().getId();
    String algorithm =
        switch (oid) {
          case "1.2.840.113549.1.1.1" -> "RSA";
          case "1.2.840.10045.2.1" -> "EC";
          case "1.3.101.112" -> "Ed25519";
          default -> throw new GeneralSecurityException("unsupported key algorithm " + oid);
        };
    return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  private static List<Block> blocks(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII);
    List<Block> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      out.add(new Block(m.group(1), Base64.getMimeDecoder().decode(m.group(2))));
    }
    return out;
  }

  private record Block(String type, byte[] der) {}
}
