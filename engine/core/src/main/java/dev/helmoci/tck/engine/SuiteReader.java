package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.step.StepTypes;
import dev.helmoci.tck.engine.suite.ParsedSuite;
import dev.helmoci.tck.engine.suite.Suite;
import dev.helmoci.tck.engine.suite.SuiteLocation;
import dev.helmoci.tck.engine.suite.SuiteParser;
import dev.helmoci.tck.engine.yaml.SourcePosition;
import dev.helmoci.tck.engine.yaml.Utf8Text;
import dev.helmoci.tck.engine.yaml.YamlProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Reads each suite file once per discovery and reports its problems once, as discovery issues whose
 * message reads {@code name.suite.yaml:12:5: problem} and whose source points at the same line and
 * column, and as one {@link BrokenSuiteDescriptor} per file ({@link #brokenSuites}) so the run
 * reports them and still runs the rest.
 */
final class SuiteReader {
  /**
   * The parser's code point limit (8 Mi) at four bytes each: a file past it could not parse anyway.
   */
  private static final int MAX_SUITE_BYTES = 32 * 1024 * 1024;

  private final SuiteParser parser = new SuiteParser(StepTypes.standard());
  private final DiscoveryIssueReporter issues;
  private final Map<URI, Optional<Suite>> cache = new ConcurrentHashMap<>();
  private final Map<URI, Broken> broken = new ConcurrentHashMap<>();

  SuiteReader(DiscoveryIssueReporter issues) {
    this.issues = issues;
  }

  /**
   * The valid part of the suite at {@code location}, if any; problems are reported, never thrown.
   */
  Optional<Suite> read(SuiteLocation location, Opener opener) {
    return cache.computeIfAbsent(location.uri(), uri -> parse(location, opener));
  }

  private Optional<Suite> parse(SuiteLocation location, Opener opener) {
    ParsedSuite parsed;
    try (InputStream in = opener.open()) {
      byte[] bytes = in.readNBytes(MAX_SUITE_BYTES + 1);
      if (bytes.length > MAX_SUITE_BYTES) {
        report(
            location,
            new YamlProblem(
                SourcePosition.START,
                "suite file larger than " + MAX_SUITE_BYTES / (1024 * 1024) + " MiB"),
            null);
        return Optional.empty();
      }
      Utf8Text.Decoded text = Utf8Text.decode(bytes);
      if (text.problem().isPresent()) {
        report(location, text.problem().get(), null);
        return Optional.empty();
      }
      parsed = parser.parse(location, new StringReader(text.text()));
    } catch (IOException | RuntimeException e) {
      // Parsing reports bad YAML itself; this is for unreadable files and parser bugs, which must
      // not end
      // discovery of the other suites.
      report(location, new YamlProblem(SourcePosition.START, "cannot read suite: " + e), e);
      return Optional.empty();
    }
    for (YamlProblem problem : parsed.problems()) {
      report(location, problem, null);
    }
    return parsed.suite();
  }

  /** A failing test per suite file with problems, to add under the engine. */
  List<BrokenSuiteDescriptor> brokenSuites(UniqueId engineId) {
    return broken.values().stream()
        .sorted(java.util.Comparator.comparing(b -> b.location.uri()))
        .map(b -> new BrokenSuiteDescriptor(engineId, b.location, b.first, b.problems))
        .toList();
  }

  private void report(SuiteLocation location, YamlProblem problem, Throwable cause) {
    broken
        .computeIfAbsent(location.uri(), uri -> new Broken(location, problem.position()))
        .problems
        .add(problem.format(location.fileName()));
    DiscoveryIssue.Builder issue =
        DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, problem.format(location.fileName()))
            .source(SuiteSource.of(location, problem.position()));
    if (cause != null) {
      issue.cause(cause);
    }
    issues.reportIssue(issue);
  }

  private static final class Broken {
    final SuiteLocation location;
    final SourcePosition first;
    final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();

    Broken(SuiteLocation location, SourcePosition first) {
      this.location = location;
      this.first = first;
    }
  }

  /** Opens the suite's bytes. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }
}
