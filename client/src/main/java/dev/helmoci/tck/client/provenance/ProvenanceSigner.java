package dev.helmoci.tck.client.provenance;

import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.chart.ChartMetadata;
import dev.helmoci.tck.client.internal.provenance.Armor;
import dev.helmoci.tck.client.internal.provenance.ClearSignedMessage;
import dev.helmoci.tck.client.internal.provenance.MessageBlock;
import dev.helmoci.tck.client.internal.provenance.ProvenanceException;
import dev.helmoci.tck.client.internal.provenance.ProvenanceYaml;
import dev.helmoci.tck.client.reference.Digest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

/**
 * Writes a Helm {@code .prov} (for fixtures): metadata YAML, {@code ...}, the {@code files} sum,
 * clear-signed with SHA-512 by the keyring's primary key, as {@code helm package --sign} does.
 */
public final class ProvenanceSigner {
  private final PGPSecretKey secretKey;
  private final PGPPrivateKey privateKey;

  private ProvenanceSigner(PGPSecretKey secretKey, PGPPrivateKey privateKey) {
    this.secretKey = secretKey;
    this.privateKey = privateKey;
  }

  /**
   * Picks the key whose user ID equals {@code id}, else contains it (Helm's {@code
   * NewFromKeyring}), and unlocks it.
   *
   * @param passphrase empty for an unprotected key
   */
  public static ProvenanceSigner fromSecretKeyring(
      InputStream keyring, String id, char[] passphrase) throws IOException {
    try {
      PGPSecretKeyRingCollection rings =
          new PGPSecretKeyRingCollection(
              PGPUtil.getDecoderStream(keyring), new BcKeyFingerprintCalculator());
      PGPSecretKey chosen = choose(rings, id);
      PGPPrivateKey key =
          chosen.extractPrivateKey(
              new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider())
                  .build(passphrase));
      return new ProvenanceSigner(chosen, key);
    } catch (PGPException e) {
      throw new IOException("cannot unlock signing key: " + e.getMessage(), e);
    }
  }

  /**
   * A signer with a fresh, unprotected 2048-bit RSA key for {@code userId}: for fixtures that need
   * real {@code .prov} files and do not care who signed them (about a second to generate).
   */
  public static ProvenanceSigner throwaway(String userId) throws IOException {
    RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
    generator.init(
        new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), new SecureRandom(), 2048, 12));
    try {
      PGPKeyPair pair =
          new BcPGPKeyPair(
              PublicKeyAlgorithmTags.RSA_GENERAL, generator.generateKeyPair(), new Date());
      PGPSecretKey secret =
          new PGPSecretKey(
              PGPSignature.DEFAULT_CERTIFICATION,
              pair,
              userId,
              new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1),
              null,
              null,
              new BcPGPContentSignerBuilder(
                  PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
              null);
      ByteArrayOutputStream ring = new ByteArrayOutputStream();
      secret.encode(ring);
      return fromSecretKeyring(new ByteArrayInputStream(ring.toByteArray()), userId, new char[0]);
    } catch (PGPException e) {
      throw new IOException("cannot generate a signing key: " + e.getMessage(), e);
    }
  }

  private static PGPSecretKey choose(PGPSecretKeyRingCollection rings, String id) {
    PGPSecretKey candidate = null;
    int partial = 0;
    for (Iterator<PGPSecretKeyRing> it = rings.getKeyRings(); it.hasNext(); ) {
      PGPSecretKey primary = it.next().getSecretKey();
      for (Iterator<String> ids = primary.getUserIDs(); ids.hasNext(); ) {
        String uid = ids.next();
        if (uid.equals(id)) {
          return primary;
        }
        if (uid.contains(id)) {
          candidate = primary;
          partial++;
        }
      }
    }
    if (partial > 1) {
      throw new ProvenanceException("more than one key contain the id \"" + id + "\"");
    }
    if (candidate == null) {
      throw new ProvenanceException("private key not found");
    }
    return candidate;
  }

  /** The {@code .prov} file's bytes for an archive, its metadata read from the archive itself. */
  public byte[] signArchive(byte[] chart, String chartFileName) {
    ChartMetadata metadata = ChartArchive.read(new ByteArrayInputStream(chart)).metadata();
    return sign(metadata, chart, chartFileName).getBytes(StandardCharsets.UTF_8);
  }

  /** Produces the {@code .prov} text for a chart archive called {@code chartFileName}. */
  public String sign(ChartMetadata metadata, byte[] chart, String chartFileName) {
    String block =
        ProvenanceYaml.metadata(metadata)
            + MessageBlock.SEPARATOR
            + ProvenanceYaml.files(chartFileName, "sha256:" + Digest.sha256(chart).encoded());
    // Current go-crypto (Helm 3.22) signs the block's final newline too: the text ends with an
    // empty line before the armor. Older .prov files without it still verify.
    List<String> lines = Arrays.asList(block.split("\n", -1));
    byte[] signature = signCanonical(ClearSignedMessage.canonicalize(lines));
    StringBuilder out =
        new StringBuilder(ClearSignedMessage.BEGIN_MESSAGE).append("\nHash: SHA512\n\n");
    for (String line : lines) {
      out.append(line.startsWith("-") ? "- " : "").append(line).append('\n');
    }
    return out.append(Armor.signature(signature)).toString();
  }

  private byte[] signCanonical(byte[] canonical) {
    try {
      PGPSignatureGenerator generator =
          new PGPSignatureGenerator(
              new BcPGPContentSignerBuilder(
                  secretKey.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA512),
              secretKey.getPublicKey());
      generator.init(PGPSignature.CANONICAL_TEXT_DOCUMENT, privateKey);
      PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
      hashed.setSignatureCreationTime(false, new Date());
      hashed.setIssuerFingerprint(false, secretKey.getPublicKey());
      generator.setHashedSubpackets(hashed.generate());
      generator.update(canonical);
      return generator.generate().getEncoded();
    } catch (PGPException | IOException e) {
      throw new ProvenanceException("failed to either sign or armor message block", e);
    }
  }
}
