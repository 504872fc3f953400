package dev.helmoci.tck.client.provenance;

import dev.helmoci.tck.client.chart.ChartArchive;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

/** A throwaway RSA key, to sign with a key the verifier's keyring does not hold. */
final class TestKeys {
  private TestKeys() {}

  static byte[] signWithFreshKey(byte[] chart, String chartName) throws Exception {
    RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
    generator.init(
        new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), new SecureRandom(), 2048, 12));
    PGPKeyPair pair =
        new BcPGPKeyPair(
            PublicKeyAlgorithmTags.RSA_GENERAL, generator.generateKeyPair(), new Date());
    PGPSecretKey secret =
        new PGPSecretKey(
            PGPSignature.DEFAULT_CERTIFICATION,
            pair,
            "Stranger <stranger@example.com>",
            new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1),
            null,
            null,
            new BcPGPContentSignerBuilder(
                PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
            null);
    ByteArrayOutputStream ring = new ByteArrayOutputStream();
    secret.encode(ring);
    ProvenanceSigner signer =
        ProvenanceSigner.fromSecretKeyring(
            new ByteArrayInputStream(ring.toByteArray()), "stranger", new char[0]);
    return signer
        .sign(ChartArchive.read(new ByteArrayInputStream(chart)).metadata(), chart, chartName)
        .getBytes(StandardCharsets.UTF_8);
  }
}
