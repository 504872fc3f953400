package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.evidence.CaseRecord;
import dev.helmoci.tck.engine.suite.SuiteLocation;
import dev.helmoci.tck.engine.yaml.SourcePosition;
import dev.helmoci.tck.reports.Outcome;
import java.util.List;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A suite file that could not be read whole: a test that fails with every problem ({@code
 * file:line:col}), so a broken file shows in every output as an error while the other suites still
 * run. The problems are also discovery issues (WARNING: an ERROR issue would stop the whole engine,
 * the behaviour this node exists to avoid).
 */
final class BrokenSuiteDescriptor extends AbstractTestDescriptor
    implements Node<HelmOciExecutionContext> {

  static final String SEGMENT_TYPE = "broken-suite";

  private final List<String> problems;
  private final String fileName;

  BrokenSuiteDescriptor(
      UniqueId parentId, SuiteLocation location, SourcePosition first, List<String> problems) {
    super(
        parentId.append(SEGMENT_TYPE, location.uri().toString()),
        location.fileName() + ": broken suite file",
        SuiteSource.of(location, first));
    this.problems = List.copyOf(problems);
    this.fileName = location.fileName();
  }

  String fileName() {
    return fileName;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public HelmOciExecutionContext execute(
      HelmOciExecutionContext context, DynamicTestExecutor executor) {
    String reason =
        problems.size()
            + " problem(s) in the suite file; its broken parts did not run:\n"
            + String.join("\n", problems);
    context
        .listener()
        .reportingEntryPublished(
            this, new CaseRecord(getDisplayName(), Outcome.ERROR, reason, "").toReportEntry());
    throw new IllegalStateException(reason);
  }
}
