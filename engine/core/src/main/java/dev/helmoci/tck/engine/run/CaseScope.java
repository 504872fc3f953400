package dev.helmoci.tck.engine.run;

import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.engine.driver.Driver;
import dev.helmoci.tck.engine.step.ConfinedPaths;
import dev.helmoci.tck.engine.step.Evidence;
import dev.helmoci.tck.engine.step.Observation;
import dev.helmoci.tck.engine.step.StepContext;
import dev.helmoci.tck.engine.step.Template;
import dev.helmoci.tck.engine.suite.Case;
import dev.helmoci.tck.engine.suite.Suite;
import dev.helmoci.tck.engine.suite.SuiteLocation;
import dev.helmoci.tck.engine.target.Credentials;
import dev.helmoci.tck.engine.target.RunLedger;
import dev.helmoci.tck.engine.target.Target;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link StepContext} of one case execution: variables, captures, fixtures and a private
 * directory.
 */
final class CaseScope implements StepContext {

  private static final int MAX_VARIABLE_DEPTH = 8;

  private final RunContext run;
  private final Suite suite;
  private final Case testCase;
  private final Evidence evidence;
  private final Map<String, Observation> captures = new ConcurrentHashMap<>();
  private Path workDirectory;
  private Driver driver;
  private String helmVersion;

  CaseScope(RunContext run, Suite suite, Case testCase, Evidence evidence) {
    this.run = run;
    this.suite = suite;
    this.testCase = testCase;
    this.evidence = evidence;
  }

  void capture(String name, Observation observation) {
    captures.put(name, observation);
  }

  @Override
  public String caseId() {
    return testCase.id();
  }

  /**
   * This case's own driver — its own Helm home, so one case's login or logout never reaches another
   * case running in parallel — made on first use and closed when the case ends. Cases of a suite
   * that uses {@code dependsOn} run one after another and build on each other (a login, then a
   * push), so they share one driver per suite.
   */
  @Override
  public synchronized Driver driver() {
    if (driver == null) {
      driver = sharesState() ? run.suiteDriver(suite.id()) : run.newCaseDriver();
      helmVersion = driver.helmVersion().orElse(null);
    }
    return driver;
  }

  /** The Helm version of the driver this case used, if it used one. */
  synchronized Optional<String> usedHelmVersion() {
    return Optional.ofNullable(helmVersion);
  }

  synchronized void closeDriver() {
    if (driver != null && !sharesState()) {
      driver.close();
    }
    driver = null;
  }

  private boolean sharesState() {
    return suite.cases().stream().anyMatch(c -> !c.dependsOn().isEmpty());
  }

  @Override
  public Target target() {
    return run.target();
  }

  @Override
  public String interpolate(String template) {
    return render(template, 0);
  }

  private String render(String template, int depth) {
    if (depth > MAX_VARIABLE_DEPTH) {
      throw new IllegalArgumentException(
          "variables refer to each other in a loop: '" + template + "'");
    }
    return Template.render(template, name -> lookup(name, depth));
  }

  private Optional<String> lookup(String name, int depth) {
    if (testCase.vars().containsKey(name)) {
      return Optional.of(render(testCase.vars().get(name), depth + 1));
    }
    if (suite.vars().containsKey(name)) {
      return Optional.of(render(suite.vars().get(name), depth + 1));
    }
    int dot = name.indexOf('.');
    if (dot > 0 && captures.containsKey(name.substring(0, dot))) {
      String field = name.substring(dot + 1);
      return Optional.of(
          captures
              .get(name.substring(0, dot))
              .field(field)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "capture '"
                              + name.substring(0, dot)
                              + "' has no field '"
                              + field
                              + "'")));
    }
    return builtIn(name);
  }

  private Optional<String> builtIn(String name) {
    switch (name) {
      case "registry":
        return Optional.of(target().registry());
      case "namespace":
        return Optional.of(run.settings().namespace());
      case "run.id":
        return Optional.of(run.settings().runId());
      case "case.id":
        return Optional.of(testCase.id());
      case "suite.id":
        return Optional.of(suite.id());
      case "target.url":
        return Optional.of(target().baseUrl().toString());
      case "target.username":
        return target().credentials().map(Credentials::username).or(() -> Optional.of(""));
      case "target.password":
        return target().credentials().map(Credentials::password).or(() -> Optional.of(""));
      case "target.reader.username":
        return Optional.of(run.reader("username"));
      case "target.reader.password":
        return Optional.of(run.reader("password"));
      default:
        return Optional.empty();
    }
  }

  @Override
  public Path fixture(String relativePath) throws IOException {
    Path built = Path.of(relativePath);
    if (built.isAbsolute() && built.normalize().startsWith(workDirectory())) {
      // made by an earlier step of this case, e.g. type: chart
      return ConfinedPaths.confine(
          workDirectory(), workDirectory().relativize(built.normalize()).toString(), "fixture");
    }
    SuiteLocation location = suite.location();
    if (location.file().isPresent()) {
      Path path =
          ConfinedPaths.confine(
              location.file().get().toAbsolutePath().getParent(), relativePath, "fixture");
      if (!Files.exists(path)) {
        throw new IOException(
            "fixture '"
                + relativePath
                + "' not found next to "
                + location.fileName()
                + " (looked at "
                + path
                + ")");
      }
      return path;
    }
    if (ConfinedPaths.escapes(relativePath)) {
      throw new IOException(
          "fixture '"
              + relativePath
              + "' leaves the suite's folder (paths in a suite stay "
              + "inside it)");
    }
    String resource = location.siblingResource(relativePath);
    URL url = Thread.currentThread().getContextClassLoader().getResource(resource);
    if (url == null) {
      throw new IOException(
          "fixture '" + relativePath + "' not found on the classpath as " + resource);
    }
    if ("file".equals(url.getProtocol())) {
      try {
        return Path.of(url.toURI());
      } catch (URISyntaxException e) {
        throw new IOException("bad fixture URL " + url, e);
      }
    }
    Path copy = workDirectory().resolve("fixtures").resolve(relativePath).normalize();
    Files.createDirectories(copy.getParent());
    try (InputStream in = url.openStream()) {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    }
    return copy;
  }

  @Override
  public synchronized Path workDirectory() throws IOException {
    if (workDirectory == null) {
      workDirectory = run.workDirectory(testCase.id());
    }
    return workDirectory;
  }

  @Override
  public RegistryClient registry() {
    return run.registry();
  }

  @Override
  public Evidence evidence() {
    return evidence;
  }

  @Override
  public RunLedger ledger() {
    return run.ledger();
  }

  @Override
  public String redact(String text) {
    return run.redact(text);
  }

  @Override
  public Duration timeout() {
    return testCase.timeout().orElse(run.settings().stepTimeout());
  }
}
