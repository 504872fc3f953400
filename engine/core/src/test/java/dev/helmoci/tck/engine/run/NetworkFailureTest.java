package dev.helmoci.tck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * What counts as the registry breaking an exchange (a fail), as opposed to the kit breaking (an
 * error).
 */
class NetworkFailureTest {

  @Test
  void resetsStallsAndCutBodiesAreTheRegistrys() {
    assertThat(StepRunner.networkFailure(new SocketException("Connection reset"))).isPresent();
    assertThat(StepRunner.networkFailure(new SocketTimeoutException("timeout"))).isPresent();
    assertThat(
            StepRunner.networkFailure(new UncheckedIOException(new EOFException("\\n not found"))))
        .isPresent();
  }

  @Test
  void theKitsOwnFaultsAreNot() {
    assertThat(StepRunner.networkFailure(new IOException("cannot write the work directory")))
        .isEmpty();
    assertThat(StepRunner.networkFailure(new IllegalStateException("bad variable"))).isEmpty();
  }
}
