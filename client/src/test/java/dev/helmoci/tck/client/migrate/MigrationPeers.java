package dev.helmoci.tck.client.migrate;

import dev.helmoci.tck.client.HelmOciClient;
import dev.helmoci.tck.client.chart.ChartArchive;
import dev.helmoci.tck.client.provenance.ProvenanceSigner;
import dev.helmoci.tck.client.transport.ExchangeObserver;
import dev.helmoci.tck.client.transport.TransportOptions;
import dev.helmoci.tck.fixtures.repo.ChartSource;
import dev.helmoci.tck.fixtures.tools.PeerCheck;
import dev.helmoci.tck.fixtures.registry.EmbeddedRegistry;
import dev.helmoci.tck.fixtures.registry.RegistryFlavor;
import dev.helmoci.tck.fixtures.registry.RegistryLauncher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
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

/** The migration tests' shared peers: the signed 210-version source, registries, an isolated client. */
final class MigrationPeers {
  private static ChartSource source;

  private MigrationPeers() {
  }

  /** Generated once per JVM: signing 53 provenance files with one fresh key. */
  static synchronized ChartSource source() throws Exception {
    if (source == null) {
      ProvenanceSigner signer = freshSigner();
      source = ChartSource.generated(v -> signer.sign(ChartArchive.read(new ByteArrayInputStream(v.archive()))
          .metadata(), v.archive(), v.fileName()).getBytes(StandardCharsets.UTF_8));
    }
    return source;
  }

  static EmbeddedRegistry registry(RegistryFlavor flavor) {
    RegistryLauncher launcher = RegistryLauncher.of(flavor, RegistryLauncher.Mode.PROCESS);
    Optional<String> why = launcher.unavailableReason();
    PeerCheck.require(why.isEmpty(), flavor.name() + "_PROCESS", why.orElse(""));
    return launcher.start();
  }

  static HelmOciClient client(Path home, ExchangeObserver observer) {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return HelmOciClient.builder().transport(TransportOptions.builder().plainHttp(true).observer(observer).build())
        .environment(Map.of("HOME", home.toString())).output(quiet, quiet).build();
  }

  private static ProvenanceSigner freshSigner() throws Exception {
    RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
    generator.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), new SecureRandom(), 2048, 12));
    PGPKeyPair pair = new BcPGPKeyPair(PublicKeyAlgorithmTags.RSA_GENERAL, generator.generateKeyPair(), new Date());
    PGPSecretKey secret = new PGPSecretKey(PGPSignature.DEFAULT_CERTIFICATION, pair, "Migration <tck@example.com>",
        new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1), null, null,
        new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256), null);
    ByteArrayOutputStream ring = new ByteArrayOutputStream();
    secret.encode(ring);
    return ProvenanceSigner.fromSecretKeyring(new ByteArrayInputStream(ring.toByteArray()), "Migration", new char[0]);
  }
}
