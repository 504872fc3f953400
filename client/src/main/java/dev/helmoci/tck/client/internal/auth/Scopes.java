package dev.helmoci.tck.client.internal.auth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Token scopes ({@code repository:<name>:<actions>}) and oras-go's {@code CleanScopes}: actions of
 * the same resource merged, de-duplicated and sorted ({@code *} wins), result sorted.
 */
public final class Scopes {
  public static final String PULL = "pull";
  public static final String PUSH = "push";

  private Scopes() {}

  /** {@code repository:<repo>:<actions>} with actions cleaned; empty when nothing is left. */
  public static String repository(String repository, String... actions) {
    List<String> cleaned = cleanActions(Arrays.asList(actions));
    if (repository.isEmpty() || cleaned.isEmpty()) {
      return "";
    }
    return "repository:" + repository + ":" + String.join(",", cleaned);
  }

  public static List<String> clean(Collection<String> scopes) {
    List<String> input = new ArrayList<>(scopes);
    if (input.isEmpty()) {
      return List.of();
    }
    if (input.size() == 1) {
      return cleanSingle(input.get(0));
    }
    List<String> result = new ArrayList<>();
    Map<String, Map<String, TreeSet<String>>> byType = new TreeMap<>();
    for (String scope : input) {
      int i = scope.indexOf(':');
      int j = scope.lastIndexOf(':');
      if (i < 0 || j == i) {
        result.add(scope); // not a type:name:actions scope; kept verbatim
        continue;
      }
      String actions = scope.substring(j + 1);
      if (actions.isEmpty()) {
        continue;
      }
      TreeSet<String> set =
          byType
              .computeIfAbsent(scope.substring(0, i), k -> new TreeMap<>())
              .computeIfAbsent(scope.substring(i + 1, j), k -> new TreeSet<>());
      for (String action : actions.split(",", -1)) {
        if (!action.isEmpty()) {
          set.add(action);
        }
      }
    }
    byType.forEach(
        (type, names) ->
            names.forEach(
                (name, set) -> {
                  if (!set.isEmpty()) {
                    String actions = set.contains("*") ? "*" : String.join(",", set);
                    result.add(type + ":" + name + ":" + actions);
                  }
                }));
    result.sort(null);
    return List.copyOf(result);
  }

  private static List<String> cleanSingle(String scope) {
    int i = scope.lastIndexOf(':');
    if (i < 0) {
      return List.of(scope);
    }
    List<String> actions = cleanActions(Arrays.asList(scope.substring(i + 1).split(",", -1)));
    if (actions.isEmpty()) {
      return List.of();
    }
    return List.of(scope.substring(0, i + 1) + String.join(",", actions));
  }

  static List<String> cleanActions(List<String> actions) {
    if (actions.size() == 1) {
      return actions.get(0).isEmpty() ? List.of() : List.copyOf(actions);
    }
    TreeSet<String> set = new TreeSet<>(actions);
    if (set.contains("*")) {
      return List.of("*");
    }
    set.remove("");
    return List.copyOf(set);
  }
}
