package dev.helmoci.tck.engine.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code ${name}} and {@code ${capture.field}} interpolation in suite strings. {@code $${} writes a literal
 * {@code ${}. Names are looked up whole ({@code manifest.digest}); the part before the first dot is the root
 * that discovery checks against declared variables and captures.
 */
public final class Template {

  private Template() {}

  /** Renders {@code text}; an unknown name is a suite error naming it. */
  public static String render(String text, Function<String, Optional<String>> lookup) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("$${", i)) {
        out.append("${");
        i += 3;
      } else if (text.startsWith("${", i)) {
        int end = text.indexOf('}', i + 2);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed '${' in '" + text + "'");
        }
        String name = text.substring(i + 2, end).trim();
        out.append(
            lookup
                .apply(name)
                .orElseThrow(
                    () -> new IllegalArgumentException("unknown variable '${" + name + "}'")));
        i = end + 1;
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  /** Renders the names {@code lookup} knows and leaves the others as written; never fails. */
  public static String renderKnown(String text, Function<String, Optional<String>> lookup) {
    if (parse(text).error().isPresent()) {
      return text;
    }
    return render(text, name -> Optional.of(lookup.apply(name).orElse("${" + name + "}")));
  }

  /** The names used in {@code text}, or a description of why it cannot be rendered. */
  public static Parsed parse(String text) {
    List<String> names = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("$${", i)) {
        i += 3;
      } else if (text.startsWith("${", i)) {
        int end = text.indexOf('}', i + 2);
        if (end < 0) {
          return new Parsed(names, Optional.of("unclosed '${' in '" + text + "'"));
        }
        String name = text.substring(i + 2, end).trim();
        if (name.isEmpty()) {
          return new Parsed(names, Optional.of("empty '${}' in '" + text + "'"));
        }
        names.add(name);
        i = end + 1;
      } else {
        i++;
      }
    }
    return new Parsed(names, Optional.empty());
  }

  /** Result of {@link #parse}: referenced names and, if malformed, why. */
  public record Parsed(List<String> names, Optional<String> error) {

    public static String root(String name) {
      int dot = name.indexOf('.');
      return dot < 0 ? name : name.substring(0, dot);
    }
  }
}
