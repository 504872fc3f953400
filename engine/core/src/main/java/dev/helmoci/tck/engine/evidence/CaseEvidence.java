package dev.helmoci.tck.engine.evidence;

import dev.helmoci.tck.reports.StepEvidence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * The steps of one case as they ran, each with its transcript (already redacted), and the Helm
 * version of the driver the case used. Published as one JUnit report entry per step, so the CLI's
 * collector and any other listener read the same record the engine wrote.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class CaseEvidence {
  public static final String STEP_KEY = "helm-oci-tck.step";
  public static final String HELM_VERSION_KEY = "helm-oci-tck.helm-version";

  /** The case's references, one per line: {@code kind: ref [url]}. */
  public static final String REFERENCES_KEY = "helm-oci-tck.references";

  private static final String PREFIX = STEP_KEY + ".";

  private final List<StepEvidence> steps = new ArrayList<>();
  private String helmVersion;

  public synchronized void step(StepEvidence step) {
    steps.add(step);
  }

  public synchronized List<StepEvidence> steps() {
    return List.copyOf(steps);
  }

  public synchronized void helmVersion(String version) {
    helmVersion = version;
  }

  public synchronized Optional<String> helmVersion() {
    return Optional.ofNullable(helmVersion);
  }

  public static ReportEntry toReportEntry(StepEvidence step) {
    // Report entries refuse blank values.
    return ReportEntry.from(
        Map.of(
            STEP_KEY,
            Integer.toString(step.index()),
            PREFIX + "kind",
            step.kind(),
            PREFIX + "label",
            dash(step.label()),
            PREFIX + "where",
            dash(step.where()),
            PREFIX + "status",
            dash(step.status()),
            PREFIX + "millis",
            Long.toString(step.duration().toMillis()),
            PREFIX + "transcript",
            dash(step.transcript())));
  }

  /** The step in a report entry the engine published, if it is one. */
  public static Optional<StepEvidence> stepOf(ReportEntry entry) {
    Map<String, String> v = entry.getKeyValuePairs();
    if (!v.containsKey(STEP_KEY)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new StepEvidence(
              Integer.parseInt(v.get(STEP_KEY)),
              v.get(PREFIX + "kind"),
              undash(v.get(PREFIX + "label")),
              undash(v.get(PREFIX + "where")),
              undash(v.get(PREFIX + "status")),
              Duration.ofMillis(Long.parseLong(v.getOrDefault(PREFIX + "millis", "0"))),
              undash(v.get(PREFIX + "transcript"))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String dash(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }

  private static String undash(String value) {
    return value == null || value.equals("-") ? "" : value;
  }
}
