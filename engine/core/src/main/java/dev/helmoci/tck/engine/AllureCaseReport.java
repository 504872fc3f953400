package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.suite.Case;
import dev.helmoci.tck.engine.suite.Reference;
import dev.helmoci.tck.engine.suite.ReferenceLinks;
import dev.helmoci.tck.engine.suite.Suite;
import dev.helmoci.tck.reports.StepEvidence;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.util.ResultsUtils;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * What Allure shows of a case beyond JUnit's view: one Allure step per YAML step with its
 * transcript attached, the epic/feature/story/suite labels, a severity from the case's level and
 * links to its references. Allure's JUnit Platform listener starts the test on the thread that runs
 * the case, so this runs on that thread; where no Allure listener runs (no Allure on the class
 * path, or no test started), it does nothing.
 */
final class AllureCaseReport {
  static final String EPIC = "Helm OCI";

  private AllureCaseReport() {}

  static void steps(List<StepEvidence> steps) {
    AllureLifecycle lifecycle = lifecycle();
    if (lifecycle == null) {
      return;
    }
    long now = System.currentTimeMillis();
    long start = now - steps.stream().mapToLong(s -> s.duration().toMillis()).sum();
    for (StepEvidence step : steps) {
      String uuid = UUID.randomUUID().toString();
      lifecycle.startStep(
          uuid,
          new StepResult()
              .setName(
                  step.kind() + " " + step.index() + " " + step.label() + " at " + step.where())
              .setStart(start));
      if (!step.transcript().isEmpty()) {
        lifecycle.addAttachment(
            "transcript", "text/plain", ".txt", step.transcript().getBytes(StandardCharsets.UTF_8));
      }
      long stop = start + step.duration().toMillis();
      Status status =
          step.passed()
              ? Status.PASSED
              : step.status().contains("Assertion")
                  ? Status.FAILED
                  : step.status().contains("Aborted") ? Status.SKIPPED : Status.BROKEN;
      lifecycle.updateStep(uuid, s -> s.setStatus(status).setStop(stop));
      lifecycle.stopStep(uuid);
      start = stop;
    }
  }

  static void labels(Suite suite, Case testCase) {
    AllureLifecycle lifecycle = lifecycle();
    if (lifecycle == null) {
      return;
    }
    lifecycle.updateTestCase(
        result -> {
          result.getLabels().add(ResultsUtils.createEpicLabel(EPIC));
          testCase
              .verifies()
              .forEach(f -> result.getLabels().add(ResultsUtils.createFeatureLabel(f)));
          result.getLabels().add(ResultsUtils.createStoryLabel(testCase.title()));
          result
              .getLabels()
              .add(
                  ResultsUtils.createSuiteLabel(
                      suite.title().isBlank() ? suite.id() : suite.title()));
          result.getLabels().add(ResultsUtils.createSeverityLabel(severity(testCase)));
          for (Reference reference : testCase.references()) {
            ReferenceLinks.url(reference)
                .ifPresent(
                    url ->
                        result
                            .getLinks()
                            .add(
                                new Link()
                                    .setName(reference.kind() + ": " + reference.ref())
                                    .setUrl(url)
                                    .setType("link")));
          }
        });
  }

  /** MUST → critical, SHOULD → normal, MAY → minor (Allure's severity names). */
  static String severity(Case testCase) {
    return switch (testCase.level()) {
      case MUST -> "critical";
      case SHOULD -> "normal";
      case MAY -> "minor";
    };
  }

  private static AllureLifecycle lifecycle() {
    try {
      AllureLifecycle lifecycle = Allure.getLifecycle();
      return lifecycle.getCurrentTestCase().isPresent() ? lifecycle : null;
    } catch (LinkageError e) {
      return null; // an Allure too old or too new for this API
    }
  }
}
