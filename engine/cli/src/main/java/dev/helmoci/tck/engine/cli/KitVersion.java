package dev.helmoci.tck.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The kit's version (from the build) and commit (of the checkout it runs from, where there is one).
 */
final class KitVersion {
  private KitVersion() {}

  static String version() {
    try (InputStream in = KitVersion.class.getResourceAsStream("kit.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "");
      return v.startsWith("${") ? "" : v;
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * {@code TCK_KIT_COMMIT}, else {@code git rev-parse HEAD} in the working directory (5 s at most),
   * else empty.
   */
  static String commit() {
    String given = System.getenv("TCK_KIT_COMMIT");
    if (given != null && !given.isBlank()) {
      return given.strip();
    }
    try {
      Process git =
          new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
      git.getOutputStream().close();
      if (!git.waitFor(5, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return "";
      }
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return git.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
