package dev.helmoci.tck.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ParallelismChoiceTest {

  @Test
  void aNumberIsTakenAsGiven() {
    assertThat(ParallelismChoice.resolve("3", "https://registry.example.com"))
        .isEqualTo(new ParallelismChoice(3, "--parallelism 3"));
    assertThatThrownBy(() -> ParallelismChoice.resolve("0", null))
        .hasMessage("--parallelism must be at least 1, not 0");
    assertThatThrownBy(() -> ParallelismChoice.resolve("many", null))
        .hasMessage("--parallelism takes a number of cases or 'auto', not 'many'");
  }

  @Test
  void autoRunsOneAtATimeOnThisMachineAndEightAgainstAFarRegistry() throws Exception {
    assertThat(ParallelismChoice.resolve("auto", null).value()).isEqualTo(1);
    try (ServerSocket local = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      ParallelismChoice choice =
          ParallelismChoice.resolve("auto", "http://127.0.0.1:" + local.getLocalPort());
      assertThat(choice.value()).as(choice.reason()).isEqualTo(1);
      assertThat(choice.reason()).contains("on this machine (127.0.0.1)");
    }
    ParallelismChoice far = ParallelismChoice.forRoundTrip(Duration.ofMillis(50));
    assertThat(far.value()).isEqualTo(8);
    assertThat(far.reason())
        .isEqualTo(
            "auto: the registry is 50 ms away, so 8 cases run at once to overlap their "
                + "waits (--parallelism N to choose)");
    assertThat(ParallelismChoice.forRoundTrip(Duration.ofMillis(4)).value()).isEqualTo(1);
  }

  @Test
  void aRegistryThatCannotBeReachedRunsOneAtATime() {
    // A name that never resolves (RFC 6761 .invalid): no connection, so no round trip to judge by.
    ParallelismChoice choice = ParallelismChoice.resolve("auto", "https://registry.tck.invalid");
    assertThat(choice.value()).isEqualTo(1);
    assertThat(choice.reason()).contains("did not accept a connection");
  }
}
