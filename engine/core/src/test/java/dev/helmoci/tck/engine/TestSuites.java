package dev.helmoci.tck.engine;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Where the test suites are, and an engine test kit with settings that keep tests independent. */
final class TestSuites {

  static final String PACKAGE = "dev.helmoci.tck.engine.suites";
  static final String REGISTRY_SUITE = "dev/helmoci/tck/engine/suites/registry.suite.yaml";
  static final String DRIVER_SUITE = "dev/helmoci/tck/engine/suites/driver.suite.yaml";
  static final String OUTCOMES_SUITE = "dev/helmoci/tck/engine/outcomes/outcomes.suite.yaml";

  private TestSuites() {}

  static EngineTestKit.Builder engine() {
    return EngineTestKit.engine(Constants.ENGINE_ID)
        .configurationParameter(Constants.DRIVER_PROPERTY_NAME, "fake")
        .configurationParameter(Constants.RUN_ID_PROPERTY_NAME, "test")
        .configurationParameter(
            Constants.OUTPUT_DIRECTORY_PROPERTY_NAME, "target/helm-oci-tck-test");
  }

  static Path resource(String name) {
    URL url = TestSuites.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static Path badSuite(String name) {
    return Path.of("src/test/bad-suites", name).toAbsolutePath();
  }
}
