package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.engine.evidence.CaseEvidence;
import dev.helmoci.tck.reports.CaseResult;
import dev.helmoci.tck.reports.RunResults;
import dev.helmoci.tck.reports.StepEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The parts of a case's result the engine publishes besides its outcome: each step with its
 * transcript, the case's references, and the Helm version of the driver (which names the run's
 * driver column in the matrix).
 */
final class CaseDetails {
  private final Map<String, List<StepEvidence>> steps = new ConcurrentHashMap<>();
  private final Map<String, List<String>> references = new ConcurrentHashMap<>();

  void collect(String uniqueId, ReportEntry entry, RunResults results) {
    CaseEvidence.stepOf(entry)
        .ifPresent(
            step ->
                steps
                    .computeIfAbsent(
                        uniqueId, id -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(step));
    Map<String, String> values = entry.getKeyValuePairs();
    String refs = values.get(CaseEvidence.REFERENCES_KEY);
    if (refs != null) {
      references.put(uniqueId, List.of(refs.split("\n")));
    }
    String helm = values.get(CaseEvidence.HELM_VERSION_KEY);
    if (helm != null && results.info().helmVersion().isEmpty()) {
      results.info(results.info().withHelmVersion(helm));
    }
  }

  /**
   * {@code result} with the case's steps (steps before cleanup, in order), profiles and references.
   */
  CaseResult complete(TestIdentifier id, CaseResult result) {
    List<StepEvidence> list = new ArrayList<>(steps.getOrDefault(id.getUniqueId(), List.of()));
    steps.remove(id.getUniqueId());
    list.sort(
        Comparator.comparing((StepEvidence s) -> s.kind().equals("cleanup"))
            .thenComparingInt(StepEvidence::index));
    List<String> profiles =
        id.getTags().stream()
            .map(TestTag::getName)
            .filter(n -> n.startsWith("profile:"))
            .map(n -> n.substring("profile:".length()))
            .sorted()
            .toList();
    return new CaseResult(
        result.suite(),
        result.id(),
        result.title(),
        result.features(),
        result.level(),
        result.outcome(),
        result.message(),
        result.source(),
        result.duration(),
        result.impact(),
        profiles,
        references.getOrDefault(id.getUniqueId(), List.of()),
        list);
  }
}
