package dev.helmoci.tck.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/make-cds} in an unpacked tar.gz (which ships no archive: they are bound to a
 * directory) writes archives that this Java maps: {@code -Xshare:on} makes the JVM fail instead of
 * silently running without one.
 */
class MakeCdsIT {

  @Test
  void theArchivesMadeAfterUnpackingAreUsable(@TempDir Path work) throws Exception {
    UnpackedDistribution distribution = UnpackedDistribution.unpack(work);
    assertThat(distribution.home.resolve("lib/cds")).doesNotExist();
    // This test's own JDK, not the jlinked JRE of the other tests: a jlinked image has no base
    // archive to extend.
    Map<String, String> env =
        Map.of(
            "PATH",
            Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin",
            "HOME",
            distribution.userHome.toString());

    UnpackedDistribution.Result made =
        UnpackedDistribution.exec(
            List.of("bash", distribution.home.resolve("bin/make-cds").toString()),
            env,
            work,
            Duration.ofMinutes(3));

    assertThat(made.code()).as(made.out()).isZero();
    Path archive = distribution.home.resolve("lib/cds/helm-oci.jsa");
    assertThat(archive).isNotEmptyFile();
    assertThat(Files.exists(distribution.home.resolve("lib/cds/helm-oci-tck.jsa"))).isTrue();
    UnpackedDistribution.Result strict =
        UnpackedDistribution.exec(
            List.of(distribution.home.resolve("bin/helm-oci").toString(), "--version"),
            Map.of(
                "PATH",
                env.get("PATH"),
                "HOME",
                env.get("HOME"),
                "TCK_JAVA_DEFAULTS",
                "-Xshare:on -XX:SharedArchiveFile=" + archive),
            work,
            Duration.ofMinutes(1));
    assertThat(strict.code()).as(strict.out()).isZero();
    assertThat(strict.out()).startsWith("helm-oci");
  }
}
