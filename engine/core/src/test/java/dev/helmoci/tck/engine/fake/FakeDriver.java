package dev.helmoci.tck.engine.fake;

import dev.helmoci.tck.engine.driver.Capability;
import dev.helmoci.tck.engine.driver.DependencyUpdateRequest;
import dev.helmoci.tck.engine.driver.DependencyUpdateResult;
import dev.helmoci.tck.engine.driver.Driver;
import dev.helmoci.tck.engine.driver.DriverException;
import dev.helmoci.tck.engine.driver.LoginRequest;
import dev.helmoci.tck.engine.driver.LoginResult;
import dev.helmoci.tck.engine.driver.LogoutRequest;
import dev.helmoci.tck.engine.driver.LogoutResult;
import dev.helmoci.tck.engine.driver.PullRequest;
import dev.helmoci.tck.engine.driver.PullResult;
import dev.helmoci.tck.engine.driver.PushRequest;
import dev.helmoci.tck.engine.driver.PushResult;
import dev.helmoci.tck.engine.driver.ResolveRequest;
import dev.helmoci.tck.engine.driver.ResolveResult;
import dev.helmoci.tck.engine.driver.ShowRequest;
import dev.helmoci.tck.engine.driver.ShowResult;
import dev.helmoci.tck.engine.driver.TagsRequest;
import dev.helmoci.tck.engine.driver.TagsResult;
import dev.helmoci.tck.engine.step.Observation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An in-memory stand-in for Helm, for engine tests only: it stores pushed archives by reference and
 * answers with Helm-like messages. Capabilities can be removed with {@code
 * helm-oci-tck.driver.fake.missing=show,…}.
 */
final class FakeDriver implements Driver {

  private final Set<Capability> capabilities;
  private final Optional<String> helmVersion;
  private final String password;
  private final Map<String, byte[]> charts;

  FakeDriver(
      Set<Capability> missing,
      Optional<String> helmVersion,
      String password,
      Map<String, byte[]> charts) {
    this.charts = charts;
    this.capabilities = EnumSet.allOf(Capability.class);
    this.capabilities.removeAll(missing);
    this.helmVersion = helmVersion;
    this.password = password;
  }

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public Optional<String> helmVersion() {
    return helmVersion;
  }

  @Override
  public Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public LoginResult login(LoginRequest request) throws DriverException {
    if (!request.password().equals(password)) {
      throw new DriverException(
          "Error: login attempt to " + request.registry() + " failed with status: 401");
    }
    return new LoginResult("Login Succeeded");
  }

  @Override
  public LogoutResult logout(LogoutRequest request) {
    return new LogoutResult("Removing login credentials for " + request.registry());
  }

  @Override
  public PushResult push(PushRequest request) throws IOException {
    String file = request.chart().getFileName().toString().replace(".tgz", "");
    int dash = file.lastIndexOf('-');
    String reference =
        request.remote().substring("oci://".length())
            + "/"
            + file.substring(0, dash)
            + ":"
            + file.substring(dash + 1);
    byte[] bytes = Files.readAllBytes(request.chart());
    charts.put(reference, bytes);
    String digest = Observation.sha256(bytes);
    return new PushResult(reference, digest, "Pushed: " + reference + "\nDigest: " + digest);
  }

  @Override
  public PullResult pull(PullRequest request) throws DriverException, IOException {
    String reference =
        request.reference().substring("oci://".length())
            + request.version().map(v -> ":" + v).orElse("");
    byte[] bytes = charts.get(reference);
    if (bytes == null) {
      throw new DriverException("Error: " + reference + ": not found");
    }
    Path file =
        request
            .destination()
            .resolve(
                reference.substring(reference.lastIndexOf('/') + 1).replace(':', '-') + ".tgz");
    Files.write(file, bytes);
    String digest = Observation.sha256(bytes);
    return new PullResult(file, digest, "Pulled: " + reference + "\nDigest: " + digest);
  }

  @Override
  public ShowResult show(ShowRequest request) {
    return new ShowResult("name: demo");
  }

  @Override
  public TagsResult tags(TagsRequest request) {
    String prefix = request.repository().substring("oci://".length()) + ":";
    List<String> tags =
        charts.keySet().stream()
            .filter(ref -> ref.startsWith(prefix))
            .map(ref -> ref.substring(prefix.length()))
            .sorted(Comparator.reverseOrder())
            .collect(Collectors.toList());
    return new TagsResult(tags);
  }

  @Override
  public ResolveResult resolve(ResolveRequest request) throws DriverException {
    byte[] bytes = charts.get(request.reference().substring("oci://".length()));
    if (bytes == null) {
      throw new DriverException("Error: " + request.reference() + ": not found");
    }
    return new ResolveResult(
        Observation.sha256(bytes), "application/vnd.oci.image.manifest.v1+json", 100);
  }

  @Override
  public DependencyUpdateResult dependencyUpdate(DependencyUpdateRequest request) {
    return new DependencyUpdateResult(List.of(), "Saving 0 charts");
  }
}
