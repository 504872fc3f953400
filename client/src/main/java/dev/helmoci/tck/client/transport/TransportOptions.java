package dev.helmoci.tck.client.transport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one registry: TLS material, plain HTTP, timeouts, the emulated Helm version and the
 * observer that sees every exchange. Immutable; build with {@link #builder()}.
 *
 * <p>Mirrors Helm's client flags ({@code --plain-http}, {@code --insecure-skip-tls-verify}, {@code
 * --ca-file}, {@code --cert-file}, {@code --key-file}).
 */
public final class TransportOptions {
  /** Helm version emulated when none is given: the newest Helm 3 line the kit targets. */
  public static final String DEFAULT_HELM_VERSION = "3.21.4";

  private final boolean plainHttp;
  private final boolean insecureSkipTlsVerify;
  private final Path caFile;
  private final Path certFile;
  private final Path keyFile;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final String helmVersion;
  private final RetryPolicy retryPolicy; // null: follow Helm
  private final ExchangeObserver observer;
  private final Map<String, String> proxyEnvironment;
  private final SharedConnections sharedConnections;

  private TransportOptions(Builder b) {
    this.plainHttp = b.plainHttp;
    this.insecureSkipTlsVerify = b.insecureSkipTlsVerify;
    this.caFile = b.caFile;
    this.certFile = b.certFile;
    this.keyFile = b.keyFile;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.callTimeout = b.callTimeout;
    this.helmVersion = b.helmVersion;
    this.retryPolicy = b.retryPolicy;
    this.observer = b.observer;
    this.proxyEnvironment = b.proxyEnvironment;
    this.sharedConnections = b.sharedConnections;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static TransportOptions defaults() {
    return builder().build();
  }

  public boolean plainHttp() {
    return plainHttp;
  }

  public boolean insecureSkipTlsVerify() {
    return insecureSkipTlsVerify;
  }

  public Optional<Path> caFile() {
    return Optional.ofNullable(caFile);
  }

  public Optional<Path> certFile() {
    return Optional.ofNullable(certFile);
  }

  public Optional<Path> keyFile() {
    return Optional.ofNullable(keyFile);
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration readTimeout() {
    return readTimeout;
  }

  /** Whole-call limit; zero means none (blob transfers may legitimately be long). */
  public Duration callTimeout() {
    return callTimeout;
  }

  public String helmVersion() {
    return helmVersion;
  }

  /** {@code Helm/<version without v>}, as Helm's {@code internal/version.GetUserAgent}. */
  public String userAgent() {
    return "Helm/" + (helmVersion.startsWith("v") ? helmVersion.substring(1) : helmVersion);
  }

  /** The policy set on the builder, else Helm's choice for these flags (see the builder). */
  public RetryPolicy retryPolicy() {
    if (retryPolicy != null) {
      return retryPolicy;
    }
    boolean tlsFlags =
        insecureSkipTlsVerify || caFile != null || (certFile != null && keyFile != null);
    return tlsFlags ? RetryPolicy.NONE : RetryPolicy.HELM_DEFAULT;
  }

  public ExchangeObserver observer() {
    return observer;
  }

  /**
   * Environment whose {@code HTTP(S)_PROXY}/{@code NO_PROXY} choose proxies as Go does; empty when
   * proxies come from the JVM's default selector instead.
   */
  public Optional<Map<String, String>> proxyEnvironment() {
    return Optional.ofNullable(proxyEnvironment);
  }

  /** The pool shared with other transports; empty: each transport has its own. */
  public Optional<SharedConnections> sharedConnections() {
    return Optional.ofNullable(sharedConnections);
  }

  public String scheme() {
    return plainHttp ? "http" : "https";
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.plainHttp = plainHttp;
    b.insecureSkipTlsVerify = insecureSkipTlsVerify;
    b.caFile = caFile;
    b.certFile = certFile;
    b.keyFile = keyFile;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.callTimeout = callTimeout;
    b.helmVersion = helmVersion;
    b.retryPolicy = retryPolicy;
    b.observer = observer;
    b.proxyEnvironment = proxyEnvironment;
    b.sharedConnections = sharedConnections;
    return b;
  }

  /**
   * Builder with stated defaults: 30 s connect, 60 s per read, 10 min per call (it cuts a body that
   * drips forever), Helm's retry policy, with no retry started once a read timeout's worth of time
   * went by.
   */
  public static final class Builder {
    private boolean plainHttp;
    private boolean insecureSkipTlsVerify;
    private Path caFile;
    private Path certFile;
    private Path keyFile;
    private Duration connectTimeout = Duration.ofSeconds(30);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ofMinutes(10);
    private String helmVersion = DEFAULT_HELM_VERSION;
    private RetryPolicy retryPolicy;
    private ExchangeObserver observer = ExchangeObserver.NONE;
    private Map<String, String> proxyEnvironment;
    private SharedConnections sharedConnections;

    private Builder() {}

    /** Pick proxies from these variables (pass the process environment for Helm's behaviour). */
    public Builder proxyEnvironment(Map<String, String> env) {
      this.proxyEnvironment = Map.copyOf(env);
      return this;
    }

    public Builder plainHttp(boolean value) {
      this.plainHttp = value;
      return this;
    }

    public Builder insecureSkipTlsVerify(boolean value) {
      this.insecureSkipTlsVerify = value;
      return this;
    }

    public Builder caFile(Path value) {
      this.caFile = value;
      return this;
    }

    /** Client certificate and its private key, both PEM; Helm uses them only as a pair. */
    public Builder clientCertificate(Path cert, Path key) {
      this.certFile = cert;
      this.keyFile = key;
      return this;
    }

    public Builder connectTimeout(Duration value) {
      this.connectTimeout = Objects.requireNonNull(value);
      return this;
    }

    public Builder readTimeout(Duration value) {
      this.readTimeout = Objects.requireNonNull(value);
      return this;
    }

    public Builder callTimeout(Duration value) {
      this.callTimeout = Objects.requireNonNull(value);
      return this;
    }

    public Builder helmVersion(String value) {
      this.helmVersion = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Overrides the retry policy. Unset, it follows Helm: {@link RetryPolicy#HELM_DEFAULT}, but
     * {@link RetryPolicy#NONE} as soon as a TLS flag is given, because Helm then builds a bare
     * transport without its retry wrapper.
     */
    public Builder retryPolicy(RetryPolicy value) {
      this.retryPolicy = Objects.requireNonNull(value);
      return this;
    }

    public Builder observer(ExchangeObserver value) {
      this.observer = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Reuse these connections across every transport built from these options (see {@link
     * SharedConnections}).
     */
    public Builder sharedConnections(SharedConnections value) {
      this.sharedConnections = Objects.requireNonNull(value);
      return this;
    }

    public TransportOptions build() {
      return new TransportOptions(this);
    }
  }
}
