package dev.helmoci.tck.engine.driver;

import org.apiguardian.api.API;

/**
 * Creates the driver named by {@code helm-oci-tck.driver}. Found with {@link
 * java.util.ServiceLoader}: list implementations in {@code
 * META-INF/services/dev.helmoci.tck.engine.driver.DriverFactory}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface DriverFactory {

  String name();

  /**
   * Whether this factory makes the driver configured as {@code driver}; a family such as {@code
   * helm@X.Y.Z} overrides it.
   */
  default boolean accepts(String driver) {
    return name().equals(driver);
  }

  /** Called once per run, on first use, after the target is open. */
  Driver create(DriverSettings settings) throws Exception;
}
