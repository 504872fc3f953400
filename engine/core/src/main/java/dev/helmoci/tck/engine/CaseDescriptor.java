package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.driver.Capability;
import dev.helmoci.tck.engine.driver.Driver;
import dev.helmoci.tck.engine.evidence.CaseEvidence;
import dev.helmoci.tck.engine.evidence.CaseRecord;
import dev.helmoci.tck.engine.run.CaseRunner;
import dev.helmoci.tck.engine.step.Step;
import dev.helmoci.tck.engine.step.Template;
import dev.helmoci.tck.engine.suite.Case;
import dev.helmoci.tck.engine.suite.HelmVersionRange;
import dev.helmoci.tck.engine.suite.ReferenceLinks;
import dev.helmoci.tck.engine.suite.Suite;
import dev.helmoci.tck.reports.Outcome;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.ExclusiveResource;
import org.junit.platform.engine.support.hierarchical.Node;
import org.opentest4j.TestAbortedException;

/**
 * One case: a JUnit test. Its steps are not JUnit nodes — a step alone cannot be selected or rerun
 * meaningfully, as a Cucumber step cannot — so they run inside {@link #execute} and are reported as
 * report entries. Skipped before running when disabled (profile, Helm version, driver capability)
 * or blocked (a case in {@code dependsOn} did not pass).
 */
final class CaseDescriptor extends AbstractTestDescriptor implements Node<HelmOciExecutionContext> {

  static final String SEGMENT_TYPE = "case";
  static final String BLOCKED = "blocked by ";
  static final String REPOSITORY_LOCK_PREFIX = "helm-oci-tck.repository:";

  private final Suite suite;
  private final Case testCase;
  private final Set<TestTag> tags;
  private Outcome skippedAs = Outcome.DISABLED;

  CaseDescriptor(UniqueId parentId, Suite suite, Case testCase) {
    super(
        parentId.append(SEGMENT_TYPE, testCase.id()),
        testCase.id() + ": " + testCase.title(),
        SuiteSource.of(suite.location(), testCase.position()));
    this.suite = suite;
    this.testCase = testCase;
    this.tags = tags(suite, testCase);
  }

  private static Set<TestTag> tags(Suite suite, Case testCase) {
    Stream<String> names =
        Stream.of(
                testCase.verifies().stream().map(f -> "feature:" + f),
                suite.profiles().stream().map(p -> "profile:" + p),
                Stream.of("level:" + testCase.level()),
                Stream.of(3, 4).filter(testCase.helm()::admitsMajor).map(major -> "helm:" + major))
            .flatMap(s -> s);
    return names
        .filter(TestTag::isValid)
        .map(TestTag::create)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  Case testCase() {
    return testCase;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public Set<TestTag> getTags() {
    return tags;
  }

  @Override
  public ExecutionMode getExecutionMode() {
    // Cases with dependencies must run in order; the suite's cases then run one after another.
    return getParent().filter(p -> ((SuiteDescriptor) p).hasDependencies()).isPresent()
        ? ExecutionMode.SAME_THREAD
        : ExecutionMode.CONCURRENT;
  }

  @Override
  public Set<ExclusiveResource> getExclusiveResources() {
    // Keys are repository templates with case and suite vars filled in; run-wide built-ins such as
    // ${namespace} are the same for every case, so they may stay unrendered.
    return allSteps()
        .flatMap(step -> step.action().repositories().stream())
        .map(
            repository ->
                Template.renderKnown(
                    repository,
                    name ->
                        Optional.ofNullable(
                            testCase.vars().getOrDefault(name, suite.vars().get(name)))))
        .map(
            repository ->
                new ExclusiveResource(
                    REPOSITORY_LOCK_PREFIX + repository, ExclusiveResource.LockMode.READ_WRITE))
        .collect(Collectors.toSet());
  }

  @Override
  public SkipResult shouldBeSkipped(HelmOciExecutionContext context) {
    if (!context.profiles().isEmpty()
        && suite.profiles().stream().noneMatch(context.profiles()::contains)) {
      return SkipResult.skip(
          "disabled: suite profiles "
              + suite.profiles()
              + " are not selected ("
              + Constants.PROFILES_PROPERTY_NAME
              + "="
              + String.join(",", new TreeSet<>(context.profiles()))
              + ")");
    }
    Set<Capability> needed =
        allSteps()
            .flatMap(step -> step.action().capability().stream())
            .collect(Collectors.toCollection(TreeSet::new));
    // The driver is consulted only when the case uses it or is limited to some Helm versions, so
    // suites of
    // raw http steps run without any driver.
    if (!needed.isEmpty() || testCase.helm() != HelmVersionRange.ANY) {
      boolean ignoreRanges =
          context
              .run()
              .settings()
              .parameters()
              .apply(Constants.IGNORE_HELM_RANGES_PROPERTY_NAME)
              .map(Boolean::parseBoolean)
              .orElse(false);
      Optional<SkipResult> unfit = unfitDriver(context.run().driver(), needed, ignoreRanges);
      if (unfit.isPresent()) {
        return unfit.get();
      }
    }
    for (String dependency : testCase.dependsOn()) {
      String id =
          getParent().orElseThrow().getUniqueId().append(SEGMENT_TYPE, dependency).toString();
      Optional<Outcome> outcome = context.outcomes().outcome(id);
      if (outcome.filter(Outcome.PASS::equals).isEmpty()) {
        skippedAs = Outcome.BLOCKED;
        return SkipResult.skip(
            BLOCKED + dependency + " (" + outcome.map(Outcome::label).orElse("not run") + ")");
      }
    }
    return SkipResult.doNotSkip();
  }

  private Optional<SkipResult> unfitDriver(
      Driver driver, Set<Capability> needed, boolean ignoreRanges) {
    Set<Capability> missing = new TreeSet<>(needed);
    missing.removeAll(driver.capabilities());
    if (!missing.isEmpty()) {
      return Optional.of(
          SkipResult.skip(
              "disabled: driver '"
                  + driver.name()
                  + "' cannot "
                  + missing.stream()
                      .map(c -> c.name().toLowerCase().replace('_', '-'))
                      .collect(Collectors.joining(", "))));
    }
    Optional<String> version = driver.helmVersion();
    if (version.isPresent() && !testCase.helm().admits(version.get()) && !ignoreRanges) {
      return Optional.of(
          SkipResult.skip(
              "disabled: case needs Helm "
                  + testCase.helm()
                  + ", driver '"
                  + driver.name()
                  + "' is Helm "
                  + version.get()));
    }
    return Optional.empty();
  }

  @Override
  public HelmOciExecutionContext execute(
      HelmOciExecutionContext context, DynamicTestExecutor executor) throws Exception {
    Throwable thrown = null;
    CaseEvidence evidence = new CaseEvidence();
    Optional<String> absent = context.run().absentPrecondition(testCase.requires());
    if (absent.isPresent()) {
      thrown = new TestAbortedException("unsupported: " + absent.get());
    } else {
      try {
        new CaseRunner(context.run())
            .run(suite, testCase, new ReportingEvidence(context.listener(), this), evidence);
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception | AssertionError e) {
        thrown = e;
      }
    }
    CaseRecord judged = context.outcomeMapper().record(testCase, thrown);
    CaseRecord record =
        new CaseRecord(
            judged.caseId(),
            judged.outcome(),
            context.run().redact(judged.reason()),
            judged.impact());
    publishSteps(context, evidence);
    finish(context, record);
    OutcomeMapper.report(record, thrown);
    return context;
  }

  @Override
  public void nodeSkipped(
      HelmOciExecutionContext context, TestDescriptor descriptor, SkipResult result) {
    finish(
        context,
        new CaseRecord(
            testCase.id(),
            skippedAs,
            context.run().redact(result.getReason().orElse("")),
            testCase.impact().describe()));
  }

  /**
   * One report entry per step, with its redacted transcript, and the same as Allure steps where
   * Allure listens.
   */
  private void publishSteps(HelmOciExecutionContext context, CaseEvidence evidence) {
    evidence
        .steps()
        .forEach(
            step ->
                context.listener().reportingEntryPublished(this, CaseEvidence.toReportEntry(step)));
    evidence
        .helmVersion()
        .ifPresent(
            version ->
                context
                    .listener()
                    .reportingEntryPublished(
                        this, ReportEntry.from(CaseEvidence.HELM_VERSION_KEY, version)));
    if (!testCase.references().isEmpty()) {
      context
          .listener()
          .reportingEntryPublished(
              this,
              ReportEntry.from(
                  CaseEvidence.REFERENCES_KEY,
                  testCase.references().stream()
                      .map(ReferenceLinks::describe)
                      .collect(Collectors.joining("\n"))));
    }
    AllureCaseReport.steps(evidence.steps());
  }

  /** Records the (redacted) outcome once, where the case ends; every report reads this record. */
  private void finish(HelmOciExecutionContext context, CaseRecord record) {
    AllureCaseReport.labels(suite, testCase);
    context.outcomes().record(getUniqueId().toString(), record.outcome());
    context
        .run()
        .announceTarget(
            description ->
                context
                    .listener()
                    .reportingEntryPublished(
                        getParent().flatMap(TestDescriptor::getParent).orElse(this),
                        ReportEntry.from(Constants.TARGET_ENTRY_KEY, description)));
    context.listener().reportingEntryPublished(this, record.toReportEntry());
  }

  private Stream<Step> allSteps() {
    return Stream.concat(testCase.steps().stream(), testCase.cleanup().stream());
  }
}
