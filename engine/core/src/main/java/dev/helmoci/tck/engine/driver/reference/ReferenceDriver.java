package dev.helmoci.tck.engine.driver.reference;

import dev.helmoci.tck.client.action.ChartShow;
import dev.helmoci.tck.client.action.LocatedChart;
import dev.helmoci.tck.client.action.PulledChart;
import dev.helmoci.tck.client.reference.Reference;
import dev.helmoci.tck.client.registry.BlobDescriptor;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The reference client in-process. Every call gets a fresh client (so outputs never interleave
 * between parallel cases) over one Helm home, so a login is seen by the calls after it.
 */
final class ReferenceDriver implements Driver {
  private final ReferenceClients clients;

  ReferenceDriver(ReferenceClients clients) {
    this.clients = clients;
  }

  @Override
  public String name() {
    return ReferenceDriverFactory.NAME;
  }

  @Override
  public Optional<String> helmVersion() {
    return Optional.of(clients.helm().version());
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.of(
        Capability.LOGIN,
        Capability.LOGOUT,
        Capability.PUSH,
        Capability.PULL,
        Capability.SHOW,
        Capability.TAGS,
        Capability.RESOLVE,
        Capability.DEPENDENCY_UPDATE);
  }

  @Override
  public LoginResult login(LoginRequest request) throws DriverException, IOException {
    return clients.call(
        ReferenceClients.voidAction(
            client -> client.login(request.registry(), request.username(), request.password())),
        (none, output) -> new LoginResult(output));
  }

  @Override
  public LogoutResult logout(LogoutRequest request) throws DriverException, IOException {
    return clients.call(
        ReferenceClients.voidAction(client -> client.logout(request.registry())),
        (none, output) -> new LogoutResult(output));
  }

  @Override
  public PushResult push(PushRequest request) throws DriverException, IOException {
    if (request.provenance().isPresent()) {
      Path beside = request.chart().resolveSibling(request.chart().getFileName() + ".prov");
      if (!beside.equals(request.chart().resolveSibling(request.provenance().get().getFileName()))
          || !Files.exists(beside)) {
        Files.copy(
            request.provenance().get(), beside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return clients.call(
        client -> client.push(request.chart(), request.remote()),
        (result, output) ->
            new PushResult(result.ref(), result.manifest().digest().toString(), output));
  }

  @Override
  public PullResult pull(PullRequest request) throws DriverException, IOException {
    return clients.call(
        client -> {
          LocatedChart located = client.locate(request.reference(), request.version().orElse(""));
          Files.createDirectories(request.destination());
          Path file = request.destination().resolve(located.archiveFileName());
          PulledChart chart = client.pullTo(located, file);
          if (request.provenance()) {
            PulledChart prov = client.pull(located, false, true);
            Files.write(
                file.resolveSibling(file.getFileName() + ".prov"), prov.provenance().orElseThrow());
          }
          return new PullResult(file, chart.manifestDigest().toString(), "");
        },
        (result, output) -> new PullResult(result.chart(), result.digest(), output));
  }

  @Override
  public ShowResult show(ShowRequest request) throws DriverException, IOException {
    ChartShow.What what = ChartShow.What.valueOf(request.what().toUpperCase(Locale.ROOT));
    return clients.call(
        client -> client.show(request.reference(), request.version().orElse(""), what),
        (text, output) -> new ShowResult(text));
  }

  @Override
  public TagsResult tags(TagsRequest request) throws DriverException, IOException {
    return clients.call(
        client -> client.tags(stripScheme(request.repository())),
        (tags, output) -> new TagsResult(tags));
  }

  @Override
  public ResolveResult resolve(ResolveRequest request) throws DriverException, IOException {
    return clients.call(
        client -> {
          Reference ref = Reference.fromHelm(stripScheme(request.reference()));
          String reference = ref.digest().isEmpty() ? ref.tag() : ref.digest();
          return client.registry(ref.registry()).resolveManifest(ref.repository(), reference);
        },
        (BlobDescriptor d, String output) ->
            new ResolveResult(d.digest().toString(), d.mediaType(), d.size()));
  }

  @Override
  public DependencyUpdateResult dependencyUpdate(DependencyUpdateRequest request)
      throws DriverException {
    return clients.call(
        client -> client.dependencyUpdate(request.chartDirectory()),
        (downloaded, output) -> new DependencyUpdateResult(downloaded, output));
  }

  private static String stripScheme(String ref) {
    return ref.startsWith("oci://") ? ref.substring("oci://".length()) : ref;
  }
}
