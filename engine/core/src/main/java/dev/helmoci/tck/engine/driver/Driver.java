package dev.helmoci.tck.engine.driver;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Something that acts like Helm against the target registry: the in-process reference client or a
 * real {@code helm} binary. Methods throw {@link DriverException} when Helm would report an error
 * (the suite decides whether that was expected) and {@link IOException} or runtime exceptions when
 * the driver itself broke. Implementations must be safe for concurrent use by parallel cases.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Driver extends AutoCloseable {

  /** As configured with {@code helm-oci-tck.driver}: reference, helm3, helm4. */
  String name();

  /**
   * The Helm version this driver is or emulates, such as {@code 3.19.0}; matched against a case's
   * {@code helm}.
   */
  Optional<String> helmVersion();

  Set<Capability> capabilities();

  LoginResult login(LoginRequest request) throws DriverException, IOException;

  LogoutResult logout(LogoutRequest request) throws DriverException, IOException;

  PushResult push(PushRequest request) throws DriverException, IOException;

  PullResult pull(PullRequest request) throws DriverException, IOException;

  ShowResult show(ShowRequest request) throws DriverException, IOException;

  TagsResult tags(TagsRequest request) throws DriverException, IOException;

  ResolveResult resolve(ResolveRequest request) throws DriverException, IOException;

  DependencyUpdateResult dependencyUpdate(DependencyUpdateRequest request)
      throws DriverException, IOException;

  @Override
  default void close() {}
}
