package dev.helmoci.tck.engine.target;

import org.apiguardian.api.API;

/**
 * Opens the registry under test. {@code url} ({@link UrlTargetProvider}) and {@code embedded}
 * ({@link EmbeddedTargetProvider}) are built in; others are found with {@link
 * java.util.ServiceLoader}: list them in {@code
 * META-INF/services/dev.helmoci.tck.engine.target.TargetProvider}. Chosen by {@code
 * helm-oci-tck.target.provider}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface TargetProvider {

  String name();

  /** Called once per run, on first use; the returned target is closed when the run ends. */
  Target open(TargetSettings settings) throws Exception;
}
