package dev.helmoci.tck.engine.driver.helm;

import dev.helmoci.tck.fixtures.helm.HelmCli;
import dev.helmoci.tck.fixtures.helm.HelmResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flags each command of one helm binary accepts, as its {@code --help} lists them. Releases
 * differ: helm 3.8.2's push has no TLS flags, 3.8–3.12 have no {@code --plain-http} (oras-go v1
 * speaks plain HTTP to loopback registries by itself, containerd's {@code MatchLocalhost}), {@code
 * dependency update} gained its TLS flags after 3.12.3. Passing a flag the release lacks fails
 * every command with {@code unknown flag}, a verdict about the kit.
 */
final class CommandFlags {
  private static final Pattern FLAG = Pattern.compile("(?m)^\\s+(?:-\\w, )?(--[a-z][a-z0-9-]*)");

  private final HelmCli helm;
  private final Map<String, Set<String>> known = new ConcurrentHashMap<>();

  CommandFlags(HelmCli helm) {
    this.helm = helm;
  }

  /**
   * {@code flags} (each optionally followed by its value) without those {@code command} does not
   * accept.
   */
  List<String> keep(List<String> flags, String... command) {
    Set<String> accepted = accepted(command);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < flags.size(); i++) {
      boolean valued = i + 1 < flags.size() && !flags.get(i + 1).startsWith("--");
      if (accepted.contains(flags.get(i))) {
        kept.add(flags.get(i));
        if (valued) {
          kept.add(flags.get(i + 1));
        }
      }
      if (valued) {
        i++;
      }
    }
    return kept;
  }

  Set<String> accepted(String... command) {
    return known.computeIfAbsent(
        String.join(" ", command),
        key -> {
          List<String> args = new ArrayList<>(List.of(command));
          args.add("--help");
          HelmResult help = helm.run(args, null, Duration.ofSeconds(30)).requireSuccess();
          Set<String> flags = new java.util.TreeSet<>();
          Matcher m = FLAG.matcher(help.stdout());
          while (m.find()) {
            flags.add(m.group(1));
          }
          return Set.copyOf(flags);
        });
  }
}
