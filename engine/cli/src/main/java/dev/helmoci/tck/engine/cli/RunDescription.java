package dev.helmoci.tck.engine.cli;

import dev.helmoci.tck.reports.RunInfo;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link RunInfo} of a {@code run}: its options as configuration (the username and any
 * secret-looking value masked: usernames are secrets to the kit's redaction too), the kit, the
 * host, and the registry's product and version where the embedded registry's description names them
 * or {@code --product registry=…} does.
 */
final class RunDescription {
  /** {@code embedded zot v2.1.20 (minimal, …)}, {@code embedded distribution v3.1.2 …}. */
  private static final Pattern EMBEDDED = Pattern.compile("^embedded (\\S+) (v?\\d[^\\s,()]*)");

  private RunDescription() {}

  static RunInfo of(RunCommand run, Instant started) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("driver", run.driver);
    config.put("target", run.target == null ? "embedded " + run.embedded : run.target);
    put(config, "username", run.username == null ? null : "****");
    put(config, "reader-username", run.readerUsername == null ? null : "****");
    put(config, "namespace", run.namespace);
    put(config, "tags", run.tags);
    put(config, "case", run.cases.isEmpty() ? null : String.join(",", run.cases));
    put(config, "suites", run.suites.isEmpty() ? null : String.join(",", run.suites));
    put(config, "ca-file", run.tls.caFile == null ? null : run.tls.caFile.toString());
    put(config, "cert-file", run.tls.certFile == null ? null : run.tls.certFile.toString());
    put(config, "key-file", run.tls.keyFile == null ? null : run.tls.keyFile.toString());
    config.put("insecure", Boolean.toString(run.tls.insecure));
    config.put("plain-http", Boolean.toString(run.tls.plainHttp));
    config.put("parallelism", Integer.toString(run.parallelism));
    run.config.forEach((k, v) -> config.put("-c " + k, secretLooking(k) ? "****" : v));
    Map<String, String> product = run.certification == null ? Map.of() : run.certification.product;
    return new RunInfo(
        KitVersion.version(),
        KitVersion.commit(),
        config.get("target"),
        "",
        product.getOrDefault("registry", ""),
        product.getOrDefault("registry-version", ""),
        run.driver,
        "",
        started,
        null,
        host(),
        run.profiles,
        run.strict,
        run.certification != null && run.certification.certify,
        run.expectations == null ? "" : run.expectations.toString(),
        config,
        Map.of(),
        product);
  }

  /**
   * The info with the registry's description, and its product and version where the description
   * names them.
   */
  static RunInfo withRegistry(RunInfo info, String description) {
    Matcher m = EMBEDDED.matcher(description);
    if (info.registryProduct().isEmpty() && m.find()) {
      return info.withRegistry(description, m.group(1), m.group(2));
    }
    return info.withRegistry(description, info.registryProduct(), info.registryVersion());
  }

  private static boolean secretLooking(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.contains("password")
        || k.contains("token")
        || k.contains("secret")
        || k.contains("username");
  }

  private static void put(Map<String, String> config, String key, String value) {
    if (value != null && !value.isBlank()) {
      config.put(key, value);
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return System.getenv().getOrDefault("HOSTNAME", "");
    }
  }
}
