package dev.helmoci.tck.reports.allure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.helmoci.tck.reports.RunInfo;
import dev.helmoci.tck.reports.RunResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The two files Allure reads beside the results (https://allurereport.org/docs/categories/ and
 * https://allurereport.org/docs/how-it-works-environment-file/): {@code categories.json}, which
 * sorts failures by cause, and {@code environment.properties}, which names the run. Categories
 * match the kit's own failure messages (see the engine's {@code StepRunner} and {@code
 * Expectations}); the first matching category wins, so the most specific comes first.
 */
public final class AllureExtras {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Name → message regex, in matching order. */
  public static final Map<String, String> CATEGORIES = categories();

  private AllureExtras() {}

  private static Map<String, String> categories() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put(
        "Timeout (the registry did not answer in time)",
        "(?is).*(no answer within|timed? ?out|SocketTimeoutException).*");
    c.put(
        "Auth (401/403, tokens, credentials)",
        "(?is).*(but was 40[13]\\b|\\b40[13] (Unauthorized|Forbidden)|unauthorized|denied|token).*");
    c.put("Digest (content digests disagree)", "(?is).*(digest).*");
    c.put("Registry 5xx", "(?is).*(but was 5\\d\\d\\b|\\b5\\d\\d [A-Z]|HTTP 5\\d\\d).*");
    c.put("Registry 4xx", "(?is).*(but was 4\\d\\d\\b|\\b4\\d\\d [A-Z]|HTTP 4\\d\\d).*");
    return java.util.Collections.unmodifiableMap(c);
  }

  public static void write(RunResults results, Path allureResults) throws IOException {
    Files.createDirectories(allureResults);
    ArrayNode list = JSON.createArrayNode();
    CATEGORIES.forEach(
        (name, regex) -> {
          var n = list.addObject().put("name", name).put("messageRegex", regex);
          n.putArray("matchedStatuses").add("failed").add("broken");
        });
    // A broken test is an exception the kit did not expect: whatever the categories above did not
    // claim.
    list.addObject()
        .put("name", "Kit error (the kit or its environment broke)")
        .putArray("matchedStatuses")
        .add("broken");
    JSON.writeValue(allureResults.resolve("categories.json").toFile(), list);

    RunInfo info = results.info();
    Properties env = new Properties();
    env.setProperty("Registry", results.registry());
    env.setProperty("Registry.target", info.target());
    env.setProperty(
        "Registry.product", (info.registryProduct() + " " + info.registryVersion()).strip());
    env.setProperty("Driver", info.driver());
    env.setProperty("Helm", info.helmVersion());
    env.setProperty("Kit", (info.kitVersion() + " " + info.kitCommit()).strip());
    env.setProperty("Host", info.host());
    env.setProperty(
        "Mode",
        (info.certification() ? "certification" : "regular") + (info.strict() ? ", strict" : ""));
    if (!info.expectations().isEmpty()) {
      env.setProperty("Baseline", info.expectations());
    }
    try (var out = Files.newBufferedWriter(allureResults.resolve("environment.properties"))) {
      env.store(out, "Helm OCI TCK run");
    }
  }
}
