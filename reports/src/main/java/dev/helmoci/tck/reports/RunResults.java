package dev.helmoci.tck.reports;

import dev.helmoci.tck.reports.results.ResultsFile;
import dev.helmoci.tck.reports.summary.SummaryMarkdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The results of one run against one registry with one driver: what the run was ({@link RunInfo})
 * and one {@link CaseResult} per case. Written as {@code results.json} ({@link ResultsFile}, for
 * tools and the compatibility matrix) and {@code summary.md} ({@link SummaryMarkdown}, for people
 * and CI job summaries).
 */
public final class RunResults {
  private final List<CaseResult> cases = new ArrayList<>();
  private RunInfo info;

  public RunResults(String target, String driver) {
    this(RunInfo.of(target, driver));
  }

  public RunResults(RunInfo info) {
    this.info = info;
  }

  public synchronized RunInfo info() {
    return info;
  }

  public synchronized void info(RunInfo value) {
    info = value;
  }

  public synchronized String driver() {
    return info.driver();
  }

  /**
   * What the registry under test is, product and version where known, e.g. {@code zot v2.1.20
   * (minimal, …)}.
   */
  public synchronized void registry(String description) {
    info =
        info.withRegistry(
            description == null ? "" : description, info.registryProduct(), info.registryVersion());
  }

  public synchronized String registry() {
    return info.registry().isEmpty() ? info.target() : info.registry();
  }

  public synchronized void add(CaseResult result) {
    cases.add(result);
  }

  public synchronized List<CaseResult> cases() {
    return List.copyOf(cases);
  }

  public synchronized Map<Outcome, Integer> counts() {
    Map<Outcome, Integer> counts = Rollup.zero();
    cases.forEach(c -> counts.merge(c.outcome(), 1, Integer::sum));
    return counts;
  }

  public Verdict verdict() {
    return Verdict.of(cases().stream().map(CaseResult::outcome).toList());
  }

  public List<Rollup> features() {
    return Rollup.of(cases(), CaseResult::features);
  }

  public List<Rollup> profiles() {
    return Rollup.of(cases(), CaseResult::profiles);
  }

  public void writeJson(Path file) throws IOException {
    ResultsFile.write(this, file);
  }

  public void writeMarkdown(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, SummaryMarkdown.render(this));
  }
}
