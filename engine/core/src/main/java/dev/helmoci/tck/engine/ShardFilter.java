package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.suite.Case;
import dev.helmoci.tck.engine.suite.Suite;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.platform.engine.TestDescriptor;

/**
 * Keeps the cases of one {@link Shard} and prunes the rest after discovery. The unit that is placed
 * is a dependency group — the cases of a suite joined by {@code dependsOn}, in either direction —
 * named by the suite id and the group's first case id in sorted order, so a case always runs in the
 * job that runs what it depends on, and the placement depends only on the suite's text, not on what
 * else was selected or where the file lives. A broken suite file is placed by its file name, so
 * exactly one shard reports it.
 */
final class ShardFilter {

  private final Shard shard;

  ShardFilter(Shard shard) {
    this.shard = shard;
  }

  void apply(HelmOciEngineDescriptor engine) {
    for (TestDescriptor child : List.copyOf(engine.getChildren())) {
      if (child instanceof SuiteDescriptor) {
        prune((SuiteDescriptor) child);
      } else if (child instanceof BrokenSuiteDescriptor
          && !shard.owns("broken:" + ((BrokenSuiteDescriptor) child).fileName())) {
        child.removeFromHierarchy();
      }
    }
  }

  private void prune(SuiteDescriptor suiteDescriptor) {
    Suite suite = suiteDescriptor.suite();
    Map<String, String> groups = groups(suite);
    for (TestDescriptor child : List.copyOf(suiteDescriptor.getChildren())) {
      String caseId = ((CaseDescriptor) child).testCase().id();
      if (!shard.owns(key(suite, groups.getOrDefault(caseId, caseId)))) {
        child.removeFromHierarchy();
      }
    }
    if (suiteDescriptor.getChildren().isEmpty()) {
      suiteDescriptor.removeFromHierarchy();
    }
  }

  static String key(Suite suite, String groupId) {
    return suite.id() + "/" + groupId;
  }

  /** Case id → the id naming its dependency group (the smallest id in it). */
  static Map<String, String> groups(Suite suite) {
    Map<String, String> parent = new HashMap<>();
    suite.cases().forEach(c -> parent.put(c.id(), c.id()));
    for (Case c : suite.cases()) {
      for (String dependency : c.dependsOn()) {
        if (parent.containsKey(dependency)) {
          union(parent, c.id(), dependency);
        }
      }
    }
    Map<String, TreeSet<String>> members = new HashMap<>();
    parent
        .keySet()
        .forEach(id -> members.computeIfAbsent(find(parent, id), r -> new TreeSet<>()).add(id));
    Map<String, String> names = new HashMap<>();
    members.values().forEach(group -> group.forEach(id -> names.put(id, group.first())));
    return names;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String rootA = find(parent, a);
    String rootB = find(parent, b);
    if (!rootA.equals(rootB)) {
      parent.put(rootA, rootB);
    }
  }

  private static String find(Map<String, String> parent, String id) {
    String root = id;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    return root;
  }
}
