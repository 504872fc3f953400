package dev.helmoci.tck.engine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Arguments that select nothing are a mistake, not a green run: no case discovered, a {@code
 * --case} id no suite has, a {@code --profile} no suite declares. Each is a usage error (exit 2)
 * naming what was asked and what exists.
 */
final class SelectionCheck {
  private static final String PROFILE_TAG = "profile:";

  private SelectionCheck() {}

  static Optional<String> problem(TestPlan plan, List<String> caseIds, List<String> profiles) {
    List<TestIdentifier> tests = new ArrayList<>();
    plan.getRoots()
        .forEach(
            root ->
                plan.getDescendants(root).stream()
                    .filter(TestIdentifier::isTest)
                    .forEach(tests::add));
    for (String id : caseIds) {
      if (tests.stream()
          .noneMatch(t -> t.getUniqueIdObject().getLastSegment().getValue().equals(id))) {
        return Optional.of("no case with id '" + id + "' in the selected suites");
      }
    }
    Set<String> known = new TreeSet<>();
    tests.forEach(
        t ->
            t.getTags().stream()
                .map(TestTag::getName)
                .filter(n -> n.startsWith(PROFILE_TAG))
                .forEach(n -> known.add(n.substring(PROFILE_TAG.length()))));
    for (String profile : profiles) {
      if (!known.contains(profile)) {
        return Optional.of(
            "no suite declares the profile '"
                + profile
                + "' (profiles: "
                + (known.isEmpty() ? "none" : String.join(", ", known))
                + ")");
      }
    }
    if (tests.isEmpty()) {
      return Optional.of("the arguments select no case (check the suite paths, --case and --tags)");
    }
    return Optional.empty();
  }
}
