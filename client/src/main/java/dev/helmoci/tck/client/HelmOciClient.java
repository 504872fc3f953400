package dev.helmoci.tck.client;

import dev.helmoci.tck.client.action.ChartShow;
import dev.helmoci.tck.client.action.HelmEmulation;
import dev.helmoci.tck.client.action.LocatedChart;
import dev.helmoci.tck.client.action.Messages;
import dev.helmoci.tck.client.action.PulledChart;
import dev.helmoci.tck.client.action.PushResult;
import dev.helmoci.tck.client.auth.Credential;
import dev.helmoci.tck.client.auth.CredentialProvider;
import dev.helmoci.tck.client.auth.TokenCache;
import dev.helmoci.tck.client.credentials.CredentialStore;
import dev.helmoci.tck.client.internal.action.ChartLocator;
import dev.helmoci.tck.client.internal.action.ChartPull;
import dev.helmoci.tck.client.internal.action.ChartPush;
import dev.helmoci.tck.client.internal.action.DependencyResolver;
import dev.helmoci.tck.client.internal.action.DependencyUpdate;
import dev.helmoci.tck.client.internal.action.RegistryLogin;
import dev.helmoci.tck.client.internal.credentials.HelmCredentialStore;
import dev.helmoci.tck.client.reference.Reference;
import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.client.semver.TagResolver;
import dev.helmoci.tck.client.transport.TransportOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference Helm-OCI client: what {@code helm push}, {@code pull}, {@code registry
 * login/logout} and the chart-fetch path of {@code show}/{@code template}/{@code install} do
 * against a registry, request for request.
 *
 * <pre>{@code
 * HelmOciClient helm = HelmOciClient.builder().transport(TransportOptions.builder().plainHttp(true).build()).build();
 * helm.push(Path.of("demo-0.1.0.tgz"), "oci://localhost:5000/charts");
 * PulledChart chart = helm.pull("oci://localhost:5000/charts/demo", "^0.1");
 * }</pre>
 */
public final class HelmOciClient {
  private final HelmEmulation helm;
  private final TransportOptions transport;
  private final CredentialStore store;
  private final Credential explicit;
  private final Messages messages;
  private final TokenCache tokens = new TokenCache();
  private final Map<String, RegistryClient> registries = new ConcurrentHashMap<>();

  private HelmOciClient(Builder b) {
    this.helm = b.helm;
    this.transport = b.transport.toBuilder().helmVersion(b.helm.version()).build();
    this.store = b.store != null ? b.store : HelmCredentialStore.fromEnvironment(b.env);
    this.explicit = b.explicit;
    this.messages = new Messages(b.stdout, b.stderr, b.helm);
  }

  public static Builder builder() {
    return new Builder();
  }

  public HelmEmulation helm() {
    return helm;
  }

  public Messages messages() {
    return messages;
  }

  public PushResult push(Path chartArchive, String remote) throws IOException {
    return new ChartPush(this::registry, helm, messages).push(chartArchive, remote);
  }

  /** Resolves {@code version} (exact, range, empty) as Helm does, then pulls config and chart. */
  public PulledChart pull(String ref, String version) throws IOException {
    return pull(locate(ref, version), true, false);
  }

  public PulledChart pull(LocatedChart located, boolean withChart, boolean withProv)
      throws IOException {
    return new ChartPull(this::registry, messages).pull(located, withChart, withProv);
  }

  /**
   * Like {@code helm pull}: the chart layer streams into {@code chartFile}, verified on the fly,
   * with memory flat whatever the layer's size; the result carries no chart bytes.
   */
  public PulledChart pullTo(LocatedChart located, Path chartFile) throws IOException {
    return new ChartPull(this::registry, messages).pullTo(located, chartFile);
  }

  /**
   * {@code helm show <what> <ref> [--version]}: locate and pull the chart, then render it as Helm
   * does.
   */
  public String show(String ref, String version, ChartShow.What what) throws IOException {
    // Through a temporary file, as helm's own show does not keep the archive in memory either: the
    // layer streams
    // to disk verified, and rendering holds only the files printed.
    Path archive = Files.createTempFile("helm-oci-show-", ".tgz");
    try {
      pullTo(locate(ref, version), archive);
      return ChartShow.render(archive, what, helm, messages);
    } finally {
      Files.deleteIfExists(archive);
    }
  }

  public LocatedChart locate(String ref, String version) throws IOException {
    return new ChartLocator(this::registry, helm).locate(ref, version);
  }

  /**
   * {@code Client.Tags}: the SemVer tags of a repository ({@code _} mapped to {@code +}), highest
   * first.
   */
  public List<String> tags(String registryRepository) throws IOException {
    Reference ref = Reference.parse(registryRepository);
    return TagResolver.semverTags(registry(ref.registry()).listTags(ref.repository()));
  }

  /**
   * {@code helm dependency update}: OCI dependencies into {@code charts/}, and {@code Chart.lock}.
   */
  public List<Path> dependencyUpdate(Path chartDir) throws IOException {
    ChartLocator locator = new ChartLocator(this::registry, helm);
    DependencyResolver resolver = new DependencyResolver(this::tags);
    return new DependencyUpdate(
            resolver, locator, new ChartPull(this::registry, messages), messages)
        .update(chartDir);
  }

  public void login(String host, String username, String password) throws IOException {
    new RegistryLogin(transport, store, messages).login(host, username, password);
  }

  public void logout(String host) throws IOException {
    new RegistryLogin(transport, store, messages).logout(host);
  }

  /** One client per registry host, sharing the transport options and the token cache. */
  public RegistryClient registry(String host) throws IOException {
    RegistryClient existing = registries.get(host);
    if (existing != null) {
      return existing;
    }
    CredentialProvider credentials =
        explicit != null ? CredentialProvider.always(explicit) : storeProvider();
    RegistryClient created =
        RegistryClient.builder(host)
            .transportOptions(transport)
            .credentials(credentials)
            .tokenCache(tokens)
            .build();
    RegistryClient raced = registries.putIfAbsent(host, created);
    return raced != null ? raced : created;
  }

  private CredentialProvider storeProvider() {
    return store instanceof HelmCredentialStore helmStore
        ? helmStore.asProvider()
        : registry -> store.get(registry);
  }

  /** Configures a {@link HelmOciClient}. */
  public static final class Builder {
    private HelmEmulation helm = HelmEmulation.HELM_3;
    private TransportOptions transport = TransportOptions.defaults();
    private CredentialStore store;
    private Map<String, String> env = System.getenv();
    private Credential explicit;
    private PrintStream stdout = System.out;
    private PrintStream stderr = System.err;

    public Builder helm(HelmEmulation value) {
      helm = Objects.requireNonNull(value);
      return this;
    }

    public Builder transport(TransportOptions value) {
      transport = Objects.requireNonNull(value);
      return this;
    }

    /** Credentials store; default: Helm's registry config with the Docker config as fallback. */
    public Builder credentialStore(CredentialStore value) {
      store = value;
      return this;
    }

    /**
     * The environment used to find Helm's and Docker's config files (HELM_*, XDG_*, DOCKER_CONFIG,
     * HOME).
     */
    public Builder environment(Map<String, String> value) {
      env = Map.copyOf(value);
      return this;
    }

    /** {@code --username/--password}: overrides the store for every host. */
    public Builder basicAuth(String username, String password) {
      explicit = Credential.basic(username, password);
      return this;
    }

    public Builder output(PrintStream out, PrintStream err) {
      stdout = out;
      stderr = err;
      return this;
    }

    public HelmOciClient build() {
      return new HelmOciClient(this);
    }
  }
}
