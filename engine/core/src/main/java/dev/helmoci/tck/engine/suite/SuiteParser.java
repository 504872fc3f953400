package dev.helmoci.tck.engine.suite;

import dev.helmoci.tck.engine.step.StepParser;
import dev.helmoci.tck.engine.step.StepTypes;
import dev.helmoci.tck.engine.yaml.Problems;
import dev.helmoci.tck.engine.yaml.SourcePosition;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a suite file into a {@link Suite}, keeping the position of every node. Never throws for bad
 * input: every problem is returned with its line and column. A problem in the suite header drops
 * the whole suite; a problem in a case drops that case (and the cases depending on it) only.
 */
public final class SuiteParser {

  public static final int FORMAT = 1;
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final List<String> KEYS =
      List.of("format", "id", "title", "profiles", "vars", "cases");

  private final StepParser steps;

  public SuiteParser(StepTypes types) {
    this.steps = new StepParser(types);
  }

  public ParsedSuite parse(SuiteLocation location, Reader reader) {
    Problems problems = new Problems();
    Optional<Suite> suite = Optional.empty();
    try {
      Node root = yaml().compose(reader);
      if (root == null) {
        problems.add(
            SourcePosition.START, "the file is empty; a suite needs format, id, title and cases");
      } else {
        suite = read(location, root, problems);
      }
    } catch (MarkedYAMLException e) {
      problems.add(
          SourcePosition.of(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark()),
          "YAML syntax error: "
              + e.getProblem()
              + (e.getContext() == null || e.getContextMark() == null
                  ? ""
                  : " (" + e.getContext() + " at " + SourcePosition.of(e.getContextMark()) + ")"));
    } catch (YAMLException e) {
      problems.add(SourcePosition.START, "cannot read YAML: " + e.getMessage());
    }
    return new ParsedSuite(location, suite, problems.all());
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    // Suites are data from contributors: bound what a hostile or broken file can cost.
    options.setMaxAliasesForCollections(50);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(64);
    options.setCodePointLimit(8 * 1024 * 1024);
    return new Yaml(new SafeConstructor(options));
  }

  private Optional<Suite> read(SuiteLocation location, Node root, Problems problems) {
    Optional<YamlMapping> mapping = YamlMapping.of(root, "the suite", problems);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping suite = mapping.get();
    int before = problems.count();
    suite.allowOnly(KEYS);
    if (!suite.keys().contains("format")) {
      problems.add(
          root,
          "missing required key 'format' in the suite (this engine reads format: " + FORMAT + ")");
    }
    suite
        .integer("format")
        .filter(format -> format != FORMAT)
        .ifPresent(
            format ->
                problems.add(
                    suite.value("format").orElse(root),
                    "unsupported suite format "
                        + format
                        + " (this engine reads format: "
                        + FORMAT
                        + ")"));
    Optional<String> id = suite.requiredString("id");
    id.filter(value -> !ID.matcher(value).matches())
        .ifPresent(
            value ->
                problems.add(
                    suite.value("id").orElse(root),
                    "suite id '"
                        + value
                        + "' must be lower case letters, digits, '.', '_' or '-'"));
    Optional<String> title = suite.requiredString("title");
    List<String> profiles = suite.strings("profiles");
    Map<String, String> vars = suite.stringMap("vars");
    if (!suite.keys().contains("cases")) {
      problems.add(root, "missing required key 'cases' in the suite");
    }
    List<Node> caseNodes = suite.sequence("cases");
    if (suite.keys().contains("cases") && caseNodes.isEmpty() && !problems.since(before)) {
      problems.add(suite.value("cases").orElse(root), "'cases' must list at least one case");
    }
    boolean headerValid = !problems.since(before);
    List<Case> cases = readCases(caseNodes, vars, problems);
    if (!headerValid || id.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Suite(location, id.get(), title.get(), profiles, vars, cases, SourcePosition.of(root)));
  }

  private List<Case> readCases(List<Node> nodes, Map<String, String> suiteVars, Problems problems) {
    CaseParser parser = new CaseParser(steps, suiteVars.keySet(), problems);
    Map<String, Case> valid = new LinkedHashMap<>();
    Map<String, Node> seen = new LinkedHashMap<>();
    for (Node node : nodes) {
      int before = problems.count();
      Optional<Case> parsed = parser.parse(node);
      Optional<String> id = parsed.map(Case::id).or(() -> CaseParser.idOf(node));
      if (id.isPresent() && seen.containsKey(id.get())) {
        problems.add(
            node,
            "duplicate case id '"
                + id.get()
                + "' (first at line "
                + SourcePosition.of(seen.get(id.get())).line()
                + ")");
        continue;
      }
      id.ifPresent(value -> seen.put(value, node));
      if (parsed.isPresent() && !problems.since(before)) {
        valid.put(parsed.get().id(), parsed.get());
      }
    }
    new Dependencies(problems, seen).prune(valid);
    return new ArrayList<>(valid.values());
  }
}
