package dev.helmoci.tck.suites.detection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.helmoci.tck.fixtures.fault.HelmFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The detection score as {@code detection.json} (for tools) and {@code detection.md} (for people):
 * caught over catalogued faults per driver, each fault with the cases that caught it, and every
 * clean target with its false failures.
 */
final class DetectionReport {
  private final DetectionScore score;

  DetectionReport(DetectionScore score) {
    this.score = score;
  }

  /** Writes both files into {@code directory} and returns the Markdown. */
  String write(Path directory) throws IOException {
    Files.createDirectories(directory);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(directory.resolve("detection.json").toFile(), json());
    String markdown = markdown();
    Files.writeString(directory.resolve("detection.md"), markdown);
    return markdown;
  }

  private Map<String, Object> json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("score", score.score());
    root.put("caught", score.caught());
    root.put("total", score.faults().size());
    root.put("baselines", List.of(DetectionScore.BASELINE, DetectionScore.TOKEN_BASELINE));
    root.put("seconds", seconds(score.took()));
    root.put("clean", score.cleanTargets().stream().map(DetectionReport::cleanJson).toList());
    root.put("faults", score.faults().stream().map(this::faultJson).toList());
    return root;
  }

  private static Map<String, Object> cleanJson(ScenarioResult r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("target", r.scenario().name());
    row.put("driver", r.scenario().driver());
    row.put("cases", r.outcomes().size());
    row.put("passed", r.count(CaseOutcome.PASS));
    row.put("falseFailures", falseFailures(r).stream().map(DetectionReport::caseJson).toList());
    row.put("findings", findings(r).stream().map(DetectionReport::caseJson).toList());
    r.setupError().ifPresent(e -> row.put("setupError", e));
    row.put("seconds", seconds(r.took()));
    row.put("slowest", slowest(r));
    return row;
  }

  private Map<String, Object> faultJson(ScenarioResult r) {
    var fault = r.scenario().fault().orElseThrow();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", fault.id());
    row.put("driver", r.scenario().driver());
    row.put("description", fault.description());
    row.put("modelledOn", fault.modelledOn());
    row.put("breaks", new TreeSet<>(fault.breaks().stream().map(HelmFeature::name).toList()));
    row.put("suiteFeatures", FeatureMapping.suiteFeatures(fault.breaks()));
    row.put("baseline", DetectionScore.baselineOf(r));
    List<CaseOutcome> killers = score.killers(r);
    row.put("caught", score.caught(r));
    row.put("killedBy", killers.stream().map(DetectionReport::caseJson).toList());
    row.put(
        "otherFailures",
        r.broken().stream()
            .filter(o -> !killers.contains(o))
            .map(DetectionReport::caseJson)
            .toList());
    row.put("casesRun", r.outcomes().size());
    row.put(
        "blockedByPruning",
        r.outcomes().stream()
            .filter(
                o -> o.outcome().equals(CaseOutcome.BLOCKED) && o.message().endsWith("(not run)"))
            .map(CaseOutcome::caseId)
            .toList());
    r.setupError().ifPresent(e -> row.put("setupError", e));
    row.put("seconds", seconds(r.took()));
    row.put("slowest", slowest(r));
    return row;
  }

  /** The three slowest cases, to see where a scenario's time goes. */
  private static List<String> slowest(ScenarioResult r) {
    return r.outcomes().stream()
        .sorted((a, b) -> b.took().compareTo(a.took()))
        .limit(3)
        .map(o -> o.caseId() + " " + seconds(o.took()) + " s")
        .toList();
  }

  private static Map<String, Object> caseJson(CaseOutcome o) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("case", o.caseId());
    row.put("suite", o.suite());
    row.put("outcome", o.outcome());
    row.put("features", new TreeSet<>(o.features()));
    row.put("message", o.message());
    row.put("seconds", seconds(o.took()));
    return row;
  }

  private String markdown() {
    StringBuilder md =
        new StringBuilder("# Detection score: " + score.score() + " faults caught\n\n");
    md.append(
        String.format(
            "Whole run: %.0f s. A case catches a fault when it fails on a feature the fault breaks"
                + " and passes on the baseline, %s (%s for token-scope faults).%n%n## Clean targets (no false failure: a fail only where real helm fails too)%n%n",
            seconds(score.took()), DetectionScore.BASELINE, DetectionScore.TOKEN_BASELINE));
    md.append(
        "| target | driver | cases | passed | false failures | findings (real helm fails too) | s |\n"
            + "|---|---|---|---|---|---|---|\n");
    for (ScenarioResult r : score.cleanTargets()) {
      String broken =
          r.setupError()
              .orElse(
                  String.join(
                      ", ",
                      falseFailures(r).stream()
                          .map(o -> o.caseId() + " (" + o.outcome() + ")")
                          .toList()));
      String findings = String.join(", ", findings(r).stream().map(CaseOutcome::caseId).toList());
      md.append(
          row(
              r.scenario().name(),
              r.scenario().driver(),
              r.outcomes().size(),
              r.count(CaseOutcome.PASS),
              broken.isEmpty() ? "none" : broken,
              findings.isEmpty() ? "none" : findings,
              Math.round(seconds(r.took()))));
    }
    md.append("\n## Faults (each must fail a case on a feature it breaks)\n\n");
    md.append(
        "| fault | driver | description | modelled on | breaks | killing cases |\n|---|---|---|---|---|---|\n");
    for (ScenarioResult r : score.faults()) {
      var fault = r.scenario().fault().orElseThrow();
      List<CaseOutcome> caughtBy = score.killers(r);
      String killers =
          r.setupError()
              .map(e -> "SETUP ERROR: " + e)
              .orElse(
                  caughtBy.isEmpty()
                      ? "**NOT CAUGHT**" + others(r)
                      : String.join(", ", caughtBy.stream().map(CaseOutcome::caseId).toList()));
      md.append(
          row(
              fault.id(),
              r.scenario().driver(),
              fault.description(),
              fault.modelledOn(),
              String.join(", ", FeatureMapping.suiteFeatures(fault.breaks())),
              killers));
    }
    md.append(agreement());
    return md.toString();
  }

  /**
   * Kit against real helm, per scenario: the features helm 3 and helm 4 failed (the probe), the
   * features of the cases the kit failed, and the disagreements (a fail where helm works; a feature
   * helm fails with no fail).
   */
  private String agreement() {
    StringBuilder md =
        new StringBuilder(
            "\n## Kit against real helm (features failed)\n\n"
                + "| scenario | helm 3 | helm 4 | kit fail | kit warn | false alarms | misses |\n|---|---|---|---|---|---|---|\n");
    for (ScenarioResult r : score.all()) {
      if (r.probes().isEmpty()) {
        continue;
      }
      md.append(
          row(
              r.scenario(),
              helmFailed(r, 0),
              helmFailed(r, 1),
              kitFeatures(r, CaseOutcome.FAIL),
              kitFeatures(r, CaseOutcome.WARN),
              names(Verdicts.falseAlarms(r)),
              names(Verdicts.misses(r, score.baselineFor(r)))));
    }
    return md.toString();
  }

  private static String helmFailed(ScenarioResult r, int index) {
    if (r.probes().size() <= index) {
      return "—";
    }
    TreeSet<String> failed = new TreeSet<>();
    r.probes().get(index).features().values().stream()
        .filter(f -> f.failed())
        .forEach(f -> failed.add(f.feature()));
    return failed.isEmpty() ? "none" : String.join(", ", failed);
  }

  private static String kitFeatures(ScenarioResult r, String outcome) {
    TreeSet<String> features = new TreeSet<>();
    r.outcomes().stream()
        .filter(o -> o.outcome().equals(outcome))
        .forEach(o -> features.addAll(o.features()));
    return features.isEmpty() ? "none" : String.join(", ", features);
  }

  private static String names(List<String> lines) {
    return lines.isEmpty()
        ? "none"
        : String.join(
            "; ", lines.stream().map(l -> l.length() > 80 ? l.substring(0, 80) + "…" : l).toList());
  }

  /** Kit errors and fails where real helm works. */
  private static List<CaseOutcome> falseFailures(ScenarioResult r) {
    java.util.Set<String> alarms = Verdicts.falseAlarmCases(r);
    return r.broken().stream()
        .filter(o -> o.outcome().equals(CaseOutcome.ERROR) || alarms.contains(o.caseId()))
        .toList();
  }

  /** Fails where real helm fails too: the registry's own findings. */
  private static List<CaseOutcome> findings(ScenarioResult r) {
    java.util.Set<String> alarms = Verdicts.falseAlarmCases(r);
    return r.outcomes().stream()
        .filter(o -> o.outcome().equals(CaseOutcome.FAIL) && !alarms.contains(o.caseId()))
        .toList();
  }

  private static String others(ScenarioResult r) {
    List<String> others =
        r.broken().stream().map(o -> o.caseId() + " (" + o.outcome() + ")").toList();
    return others.isEmpty() ? "" : " (off-feature failures: " + String.join(", ", others) + ")";
  }

  private static String row(Object... cells) {
    StringBuilder row = new StringBuilder("|");
    for (Object cell : cells) {
      row.append(' ')
          .append(String.valueOf(cell).replace("|", "\\|").replace("\n", " "))
          .append(" |");
    }
    return row.append('\n').toString();
  }

  private static double seconds(Duration d) {
    return Math.round(d.toMillis() / 100.0) / 10.0;
  }
}
