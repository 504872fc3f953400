package dev.helmoci.tck.engine.fake;

import dev.helmoci.tck.engine.driver.Capability;
import dev.helmoci.tck.engine.driver.Driver;
import dev.helmoci.tck.engine.driver.DriverFactory;
import dev.helmoci.tck.engine.driver.DriverSettings;
import dev.helmoci.tck.engine.target.Credentials;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Registers {@link FakeDriver} as driver {@code fake} (see {@code META-INF/services} in test resources). */
public final class FakeDriverFactory implements DriverFactory {

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public Driver create(DriverSettings settings) {
        Set<Capability> missing = EnumSet.noneOf(Capability.class);
        settings.parameter("helm-oci-tck.driver.fake.missing").ifPresent(list -> Arrays.stream(list.split(","))
                .map(String::trim).map(name -> Capability.valueOf(name.toUpperCase().replace('-', '_')))
                .forEach(missing::add));
        String password = settings.target().credentials().map(Credentials::password).orElse("");
        return new FakeDriver(missing, settings.parameter("helm-oci-tck.driver.fake.helm-version"), password);
    }
}
