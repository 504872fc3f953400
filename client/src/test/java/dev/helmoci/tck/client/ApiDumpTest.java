package dev.helmoci.tck.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The client's public binary API, one line per type and member, against the dump committed in
 * {@code client/api/helm-oci-tck-client.api}, as OkHttp checks {@code okhttp/api/jvm/okhttp.api}: a
 * change to the public surface fails the build until the dump is regenerated, so it shows up in
 * review. Regenerate with {@code TCK_API_DUMP_UPDATE=true mvn -pl client test -Dtest=ApiDumpTest}.
 * Types in {@code ..internal..} packages are not API and are left out.
 */
class ApiDumpTest {
  private static final Path DUMP = Path.of("api", "helm-oci-tck-client.api");

  @Test
  void publicApiMatchesTheCommittedDump() throws Exception {
    List<String> actual = dump();
    if ("true".equals(System.getenv("TCK_API_DUMP_UPDATE"))) {
      Files.createDirectories(DUMP.getParent());
      Files.write(DUMP, actual, StandardCharsets.UTF_8);
    }
    assertThat(DUMP)
        .as(
            "API dump (regenerate: TCK_API_DUMP_UPDATE=true mvn -pl client test -Dtest=ApiDumpTest)")
        .exists();
    List<String> committed = Files.readAllLines(DUMP, StandardCharsets.UTF_8);
    Set<String> added = new LinkedHashSet<>(actual);
    committed.forEach(added::remove);
    Set<String> removed = new LinkedHashSet<>(committed);
    actual.forEach(removed::remove);
    assertThat(added)
        .as(
            "public API added but not in %s (review, then regenerate with TCK_API_DUMP_UPDATE=true)",
            DUMP)
        .isEmpty();
    assertThat(removed)
        .as(
            "public API removed or changed against %s (a break for callers: review, then"
                + " regenerate with TCK_API_DUMP_UPDATE=true)",
            DUMP)
        .isEmpty();
  }

  /** The dump can fail: a type that is not in it shows up as an addition. */
  @Test
  void dumpNamesEveryPublicMember() throws Exception {
    List<String> lines = dump();
    assertThat(lines)
        .contains("public final class dev.helmoci.tck.client.HelmOciClient")
        .anyMatch(
            l ->
                l.startsWith(
                    "  public static dev.helmoci.tck.client.HelmOciClient$Builder"
                        + " dev.helmoci.tck.client.HelmOciClient.builder()"))
        .noneMatch(l -> l.contains(".internal."));
  }

  static List<String> dump() throws IOException, URISyntaxException {
    Path classes =
        Path.of(HelmOciClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names =
          files
              .filter(p -> p.toString().endsWith(".class"))
              .map(
                  p ->
                      classes
                          .relativize(p)
                          .toString()
                          .replace('/', '.')
                          .replaceAll("\\.class$", ""))
              .filter(n -> !n.contains(".internal.") && !n.endsWith("package-info"))
              .sorted()
              .toList();
    }
    List<String> lines = new ArrayList<>();
    for (String name : names) {
      Class<?> type = load(name);
      if (!visible(type)) {
        continue;
      }
      lines.add(header(type));
      lines.addAll(members(type));
    }
    return lines;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ApiDumpTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name, e);
    }
  }

  /**
   * Public, and reachable: every enclosing type public too; anonymous and local classes never are.
   */
  private static boolean visible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static String header(Class<?> type) {
    String kind =
        type.isAnnotation()
            ? "@interface"
            : type.isInterface()
                ? "interface"
                : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
    int modifiers =
        type.getModifiers()
            & ~(Modifier.INTERFACE | Modifier.ABSTRACT * (type.isInterface() ? 1 : 0));
    StringBuilder line =
        new StringBuilder(Modifier.toString(modifiers))
            .append(' ')
            .append(kind)
            .append(' ')
            .append(type.getName());
    if (type.getGenericSuperclass() != null
        && type.getSuperclass() != Object.class
        && !type.isEnum()
        && !type.isRecord()) {
      line.append(" extends ").append(type.getGenericSuperclass().getTypeName());
    }
    if (type.getGenericInterfaces().length > 0) {
      line.append(type.isInterface() ? " extends " : " implements ")
          .append(
              Stream.of(type.getGenericInterfaces())
                  .map(java.lang.reflect.Type::getTypeName)
                  .collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  private static List<String> members(Class<?> type) {
    List<Member> members = new ArrayList<>();
    members.addAll(List.of(type.getDeclaredConstructors()));
    members.addAll(List.of(type.getDeclaredFields()));
    members.addAll(List.of(type.getDeclaredMethods()));
    return members.stream()
        .filter(
            m ->
                !m.isSynthetic()
                    && (Modifier.isPublic(m.getModifiers())
                        || Modifier.isProtected(m.getModifiers())
                            && !Modifier.isFinal(type.getModifiers())))
        .filter(m -> !(m instanceof Method method && method.isBridge()))
        .map(
            m ->
                "  "
                    + (m instanceof Method method
                        ? method.toGenericString()
                        : m instanceof Constructor<?> c
                            ? c.toGenericString()
                            : ((Field) m).toGenericString()))
        .sorted()
        .toList();
  }
}
