package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.suite.Suite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** A suite file: a container of cases, ordered so every case runs after the cases it depends on. */
final class SuiteDescriptor extends AbstractTestDescriptor
    implements Node<HelmOciExecutionContext> {

  static final String SEGMENT_TYPE = "suite";

  private final Suite suite;
  private final boolean hasDependencies;

  SuiteDescriptor(UniqueId parentId, Suite suite) {
    super(
        parentId.append(SEGMENT_TYPE, suite.location().uri().toString()),
        suite.title(),
        SuiteSource.of(suite.location(), suite.position()));
    this.suite = suite;
    this.hasDependencies = suite.cases().stream().anyMatch(c -> !c.dependsOn().isEmpty());
  }

  Suite suite() {
    return suite;
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  @Override
  public Set<TestTag> getTags() {
    return suite.profiles().stream()
        .map(p -> "profile:" + p)
        .filter(TestTag::isValid)
        .map(TestTag::create)
        .collect(Collectors.toSet());
  }

  /** Dependencies first, otherwise file order; cycles were rejected at parse time. */
  void orderByDependencies() {
    orderChildren(
        children -> {
          Map<String, TestDescriptor> byCase = new LinkedHashMap<>();
          for (TestDescriptor child : children) {
            byCase.put(((CaseDescriptor) child).testCase().id(), child);
          }
          Set<TestDescriptor> ordered = new LinkedHashSet<>();
          byCase.keySet().forEach(id -> visit(id, byCase, ordered));
          return new ArrayList<>(ordered);
        });
  }

  private void visit(String id, Map<String, TestDescriptor> byCase, Set<TestDescriptor> ordered) {
    TestDescriptor descriptor = byCase.get(id);
    if (descriptor == null || ordered.contains(descriptor)) {
      return;
    }
    for (String dependency : ((CaseDescriptor) descriptor).testCase().dependsOn()) {
      visit(dependency, byCase, ordered);
    }
    ordered.add(descriptor);
  }

  boolean hasDependencies() {
    return hasDependencies;
  }
}
