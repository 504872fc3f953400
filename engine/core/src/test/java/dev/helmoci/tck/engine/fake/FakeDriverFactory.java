package dev.helmoci.tck.engine.fake;

import dev.helmoci.tck.engine.driver.Capability;
import dev.helmoci.tck.engine.driver.Driver;
import dev.helmoci.tck.engine.driver.DriverFactory;
import dev.helmoci.tck.engine.driver.DriverSettings;
import dev.helmoci.tck.engine.target.Credentials;
import dev.helmoci.tck.engine.target.Target;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registers {@link FakeDriver} as driver {@code fake} (see {@code META-INF/services} in test
 * resources).
 */
public final class FakeDriverFactory implements DriverFactory {

  private static final Map<Target, Map<String, byte[]>> REGISTRIES =
      Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public Driver create(DriverSettings settings) {
    Set<Capability> missing = EnumSet.noneOf(Capability.class);
    settings
        .parameter("helm-oci-tck.driver.fake.missing")
        .ifPresent(
            list ->
                Arrays.stream(list.split(","))
                    .map(String::trim)
                    .map(name -> Capability.valueOf(name.toUpperCase().replace('-', '_')))
                    .forEach(missing::add));
    String password = settings.target().credentials().map(Credentials::password).orElse("");
    // Each case gets its own driver; what they push lives with the target, like a registry's
    // content.
    Map<String, byte[]> registry =
        REGISTRIES.computeIfAbsent(settings.target(), t -> new ConcurrentHashMap<>());
    return new FakeDriver(
        missing, settings.parameter("helm-oci-tck.driver.fake.helm-version"), password, registry);
  }
}
