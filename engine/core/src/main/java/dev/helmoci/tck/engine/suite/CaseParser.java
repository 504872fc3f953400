package dev.helmoci.tck.engine.suite;

import dev.helmoci.tck.engine.step.Step;
import dev.helmoci.tck.engine.step.StepParser;
import dev.helmoci.tck.engine.yaml.Problems;
import dev.helmoci.tck.engine.yaml.Scalars;
import dev.helmoci.tck.engine.yaml.SourcePosition;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Reads one case of a suite, checking references, levels, versions and variable use. */
final class CaseParser {

  /** Variable roots every case can use; see {@code suites/README.md}. */
  static final Set<String> BUILT_INS =
      Set.of("registry", "namespace", "run", "target", "case", "suite");

  private static final List<String> KEYS =
      List.of(
          "id",
          "title",
          "rationale",
          "references",
          "level",
          "helm",
          "verifies",
          "dependsOn",
          "vars",
          "steps",
          "cleanup",
          "timeout",
          "impact",
          "requires");

  private final StepParser steps;
  private final Set<String> suiteVars;
  private final Problems problems;

  CaseParser(StepParser steps, Set<String> suiteVars, Problems problems) {
    this.steps = steps;
    this.suiteVars = suiteVars;
    this.problems = problems;
  }

  /**
   * The id written in a case node, even if the case is otherwise broken, for duplicate detection.
   */
  static Optional<String> idOf(Node node) {
    if (!(node instanceof MappingNode)) {
      return Optional.empty();
    }
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      if (Scalars.text(tuple.getKeyNode()).filter("id"::equals).isPresent()) {
        return Scalars.text(tuple.getValueNode());
      }
    }
    return Optional.empty();
  }

  Optional<Case> parse(Node node) {
    Optional<YamlMapping> read =
        YamlMapping.of(node, idOf(node).map(id -> "case '" + id + "'").orElse("a case"), problems);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping c = read.get();
    c.allowOnly(KEYS);
    Optional<String> id = c.requiredString("id");
    id.filter(value -> !SuiteParser.ID.matcher(value).matches())
        .ifPresent(
            value ->
                problems.add(
                    c.value("id").orElse(node),
                    "case id '" + value + "' must be lower case letters, digits, '.', '_' or '-'"));
    String where = id.map(value -> "case '" + value + "'").orElse("a case");
    Optional<String> title = c.requiredString("title");
    String rationale = c.string("rationale").orElse("");
    List<Reference> references = references(c);
    Level level = level(c);
    HelmVersionRange helm =
        c.string("helm")
            .flatMap(
                text -> {
                  Optional<HelmVersionRange> range = HelmVersionRange.parse(text);
                  if (range.isEmpty()) {
                    problems.add(
                        c.value("helm").orElse(node),
                        "'helm' in "
                            + where
                            + " must be a version range such as "
                            + "\">=3.8.0 <5\" or \"4\", found '"
                            + text
                            + "'");
                  }
                  return range;
                })
            .orElse(HelmVersionRange.ANY);
    Optional<Impact> impact = impact(c, where, helm);
    List<Precondition> requires = requires(c, where);
    List<String> verifies = c.strings("verifies");
    List<String> dependsOn = c.strings("dependsOn");
    Map<String, String> vars = c.stringMap("vars");
    if (!c.keys().contains("steps")) {
      problems.add(node, "missing required key 'steps' in " + where);
    } else if (c.sequence("steps").isEmpty()) {
      problems.add(
          c.value("steps").orElse(node), "'steps' in " + where + " must list at least one step");
    }
    Set<String> names = new HashSet<>(BUILT_INS);
    names.addAll(suiteVars);
    names.addAll(vars.keySet());
    List<Step> main = readSteps(c.sequence("steps"), where, names);
    List<Step> cleanup = readSteps(c.sequence("cleanup"), where, names);
    Optional<java.time.Duration> timeout = c.duration("timeout");
    if (id.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Case(
            id.get(),
            title.get(),
            rationale,
            references,
            level,
            helm,
            verifies,
            dependsOn,
            vars,
            main,
            cleanup,
            timeout,
            SourcePosition.of(node),
            impact,
            requires));
  }

  private List<Step> readSteps(List<Node> nodes, String where, Set<String> names) {
    List<Step> result = new ArrayList<>();
    int index = 1;
    for (Node node : nodes) {
      String what = "step " + index++ + " of " + where;
      new VariableCheck(names, problems).check(node, what);
      steps
          .parse(node, what, problems)
          .ifPresent(
              step -> {
                result.add(step);
                step.captureAs().ifPresent(names::add);
              });
    }
    return result;
  }

  /** {@code impact: {breaks: [helm push], helm: ">=3.8.0"}} or {@code impact: {deviates: "…"}}. */
  private Optional<Impact> impact(YamlMapping c, String where, HelmVersionRange caseRange) {
    Optional<YamlMapping> read = c.mapping("impact");
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlMapping impact = read.get();
    impact.allowOnly(List.of("breaks", "deviates", "helm"));
    boolean breaks = impact.keys().contains("breaks");
    if (breaks == impact.keys().contains("deviates")) {
      problems.add(
          impact.node(),
          "'impact' in "
              + where
              + " must say either 'breaks: [helm command, …]' "
              + "(a helm command fails) or 'deviates: <spec or docs clause>' (Helm tolerates it)");
      return Optional.empty();
    }
    if (!breaks) {
      impact
          .value("helm")
          .ifPresent(
              n ->
                  problems.add(
                      n,
                      "'helm' in the impact of "
                          + where
                          + " belongs to 'breaks'; a deviation hurts no Helm version"));
      return impact.requiredString("deviates").map(Impact::deviates);
    }
    List<String> commands = impact.strings("breaks");
    for (String command : commands) {
      if (!Impact.COMMANDS.contains(command)) {
        problems.add(
            impact.value("breaks").orElse(impact.node()),
            "unknown helm command '"
                + command
                + "' in the impact of "
                + where
                + " (known: "
                + String.join(", ", Impact.COMMANDS)
                + ")");
      }
    }
    if (commands.isEmpty()) {
      problems.add(
          impact.value("breaks").orElse(impact.node()),
          "'breaks' in " + where + " must name at least one helm command");
    }
    HelmVersionRange helm =
        impact
            .string("helm")
            .flatMap(
                text -> {
                  Optional<HelmVersionRange> range = HelmVersionRange.parse(text);
                  if (range.isEmpty()) {
                    problems.add(
                        impact.value("helm").orElse(impact.node()),
                        "'helm' in the impact of "
                            + where
                            + " must be a version range such as \">=3.8.0 <5\", found '"
                            + text
                            + "'");
                  }
                  return range;
                })
            .orElse(caseRange);
    return Optional.of(Impact.breaks(commands, helm));
  }

  private List<Precondition> requires(YamlMapping c, String where) {
    List<Precondition> result = new ArrayList<>();
    for (String key : c.strings("requires")) {
      Optional<Precondition> precondition = Precondition.of(key);
      if (precondition.isEmpty()) {
        problems.add(
            c.value("requires").orElse(c.node()),
            "unknown precondition '"
                + key
                + "' in "
                + where
                + " (known: "
                + Precondition.keys()
                + ")");
      }
      precondition.filter(p -> !result.contains(p)).ifPresent(result::add);
    }
    return result;
  }

  private List<Reference> references(YamlMapping c) {
    List<Reference> result = new ArrayList<>();
    for (Node node : c.sequence("references")) {
      YamlMapping.of(node, "a reference", problems)
          .ifPresent(
              ref -> {
                ref.allowOnly(List.of("kind", "ref"));
                Optional<String> kind = ref.requiredString("kind");
                kind.filter(k -> !Reference.KINDS.contains(k))
                    .ifPresent(
                        k ->
                            problems.add(
                                ref.value("kind").orElse(node),
                                "unknown reference kind '"
                                    + k
                                    + "' (known: "
                                    + String.join(", ", Reference.KINDS)
                                    + ")"));
                Optional<String> target = ref.requiredString("ref");
                if (kind.isPresent() && target.isPresent()) {
                  result.add(new Reference(kind.get(), target.get()));
                }
              });
    }
    return result;
  }

  private Level level(YamlMapping c) {
    Optional<String> text = c.string("level");
    if (text.isEmpty()) {
      return Level.MUST;
    }
    try {
      return Level.valueOf(text.get());
    } catch (IllegalArgumentException e) {
      problems.add(
          c.value("level").orElse(c.node()),
          "'level' must be MUST, SHOULD or MAY, found '" + text.get() + "'");
      return Level.MUST;
    }
  }
}
