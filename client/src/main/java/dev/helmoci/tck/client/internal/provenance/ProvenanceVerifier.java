package dev.helmoci.tck.client.internal.provenance;

import dev.helmoci.tck.client.reference.Digest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;

/**
 * Verifies a chart against its {@code .prov} as Helm's {@code Signatory.Verify} does: the
 * clear-signed block must be signed by a key in the keyring, then the chart's sha256 must match the
 * entry for its file name.
 */
public final class ProvenanceVerifier {
  private final PGPPublicKeyRingCollection keyring;

  private ProvenanceVerifier(PGPPublicKeyRingCollection keyring) {
    this.keyring = keyring;
  }

  /** Loads a public keyring, binary (as Helm's {@code --keyring}) or ASCII-armored. */
  public static ProvenanceVerifier fromKeyring(InputStream keyring) throws IOException {
    try {
      return new ProvenanceVerifier(
          new PGPPublicKeyRingCollection(
              PGPUtil.getDecoderStream(keyring), new BcKeyFingerprintCalculator()));
    } catch (PGPException e) {
      throw new IOException("cannot read keyring: " + e.getMessage(), e);
    }
  }

  /**
   * Verifies {@code chart} (named {@code chartFileName}, as its base name is what Helm looks up)
   * against the provenance bytes.
   *
   * @throws ProvenanceException with Helm's message when any check fails
   */
  public Verification verify(byte[] chart, String chartFileName, byte[] provenance) {
    ClearSignedMessage message = ClearSignedMessage.decode(provenance);
    if (message == null) {
      throw new ProvenanceException("failed to decode signature: signature block not found");
    }
    PGPPublicKey signer = checkSignature(message);
    String sum = "sha256:" + Digest.sha256(chart).encoded();
    Map<String, String> files = MessageBlock.files(message.plaintext());
    String recorded = files.get(chartFileName);
    if (recorded == null) {
      throw new ProvenanceException(
          "provenance does not contain a SHA for a file named \"" + chartFileName + "\"");
    }
    if (!recorded.equals(sum)) {
      throw new ProvenanceException(
          "sha256 sum does not match for "
              + chartFileName
              + ": \""
              + recorded
              + "\" != \""
              + sum
              + "\"");
    }
    PGPPublicKeyRing ring = ringOf(signer);
    PGPPublicKey primary = ring.getPublicKey();
    return new Verification(
        firstUserId(primary),
        HexFormat.of().formatHex(primary.getFingerprint()).toUpperCase(Locale.ROOT),
        sum,
        chartFileName);
  }

  private PGPPublicKey checkSignature(ClearSignedMessage message) {
    PGPSignature signature = readSignature(message.armoredSignature());
    PGPPublicKey key = keyring.getPublicKey(signature.getKeyID());
    if (key == null) {
      throw new ProvenanceException("openpgp: signature made by unknown entity");
    }
    try {
      signature.init(new BcPGPContentVerifierBuilderProvider(), key);
      signature.update(message.canonical());
      if (!signature.verify()) {
        // go-crypto checks the 16-bit hash prefix first; tampered text fails there.
        throw new ProvenanceException("openpgp: invalid signature: hash tag doesn't match");
      }
    } catch (PGPException e) {
      throw new ProvenanceException("openpgp: invalid signature: " + e.getMessage(), e);
    }
    return key;
  }

  private static PGPSignature readSignature(String armored) {
    try (InputStream in =
        PGPUtil.getDecoderStream(
            new ByteArrayInputStream(armored.getBytes(StandardCharsets.US_ASCII)))) {
      Object o = new BcPGPObjectFactory(in).nextObject();
      if (o instanceof PGPSignatureList list && !list.isEmpty()) {
        return list.get(0);
      }
      throw new ProvenanceException("failed to decode signature: signature block not found");
    } catch (IOException e) {
      throw new ProvenanceException("openpgp: invalid data: " + e.getMessage(), e);
    }
  }

  private PGPPublicKeyRing ringOf(PGPPublicKey key) {
    return keyring.getPublicKeyRing(key.getKeyID());
  }

  static String firstUserId(PGPPublicKey primary) {
    Iterator<String> ids = primary.getUserIDs();
    return ids.hasNext() ? ids.next() : "";
  }
}
