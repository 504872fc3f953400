package dev.helmoci.tck.engine.run;

import dev.helmoci.tck.client.registry.RegistryClient;
import dev.helmoci.tck.engine.Constants;
import dev.helmoci.tck.engine.driver.Driver;
import dev.helmoci.tck.engine.driver.DriverFactory;
import dev.helmoci.tck.engine.driver.DriverSettings;
import dev.helmoci.tck.engine.suite.Precondition;
import dev.helmoci.tck.engine.target.Credentials;
import dev.helmoci.tck.engine.target.RunLedger;
import dev.helmoci.tck.engine.target.Target;
import dev.helmoci.tck.engine.target.TargetClients;
import dev.helmoci.tck.engine.target.TargetProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * State shared by all cases of one run: the target and driver (opened on first use, so a run that
 * needs neither never starts a registry), the registry client of raw steps, the ledger and a pool
 * for step timeouts. Thread-safe.
 */
public final class RunContext implements AutoCloseable {

  private final RunSettings settings;
  private final List<TargetProvider> targetProviders;
  private final List<DriverFactory> driverFactories;
  private final RunLedger ledger;
  private final java.util.Map<String, Driver> suiteDrivers = new java.util.HashMap<>();
  private final ExecutorService stepThreads =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "helm-oci-tck-step");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicInteger workDirectories = new AtomicInteger();
  private final Redactor redactor;
  private Opened<Target> target;
  private Opened<Driver> driver;
  private RegistryClient registry;
  private Path workRoot;
  private boolean targetAnnounced;

  public RunContext(
      RunSettings settings,
      List<TargetProvider> targetProviders,
      List<DriverFactory> driverFactories) {
    this.settings = settings;
    this.targetProviders = List.copyOf(targetProviders);
    this.driverFactories = List.copyOf(driverFactories);
    this.ledger = new RunLedger(settings.runId(), settings.outputDirectory());
    Optional<Credentials> credentials = settings.target().credentials();
    this.redactor =
        credentials
            .map(c -> new Redactor(c.username(), c.password()))
            .orElseGet(Redactor::none)
            .and(reader("username"), reader("password"));
  }

  /**
   * A second, pull-only account of the target, for cases about denied pushes: {@code
   * helm-oci-tck.target.reader.*} or {@code OCI_READER_USERNAME}/{@code OCI_READER_PASSWORD}; empty
   * when not configured.
   */
  public String reader(String field) {
    return settings
        .parameters()
        .apply("helm-oci-tck.target.reader." + field)
        .or(
            () ->
                Optional.ofNullable(
                    System.getenv("OCI_READER_" + field.toUpperCase(java.util.Locale.ROOT))))
        .orElse("");
  }

  /**
   * The first precondition of {@code requires} the target lacks, as the reason a case is
   * unsupported. Access control is taken as configured when credentials are: the kit cannot tell an
   * open registry from one whose access control is broken, so the person who gives it accounts says
   * the registry has them.
   */
  public Optional<String> absentPrecondition(List<Precondition> requires) {
    for (Precondition precondition : requires) {
      boolean present =
          precondition == Precondition.READER_ACCOUNT
              ? !reader("username").isEmpty()
              : target().credentials().isPresent();
      if (!present) {
        return Optional.of(precondition.absentReason());
      }
    }
    return Optional.empty();
  }

  /**
   * Hands the target's description to {@code announce} once per run, after the target was opened.
   */
  public synchronized void announceTarget(java.util.function.Consumer<String> announce) {
    if (!targetAnnounced && target != null && target.value != null) {
      targetAnnounced = true;
      announce.accept(target.value.description());
    }
  }

  public RunSettings settings() {
    return settings;
  }

  public RunLedger ledger() {
    return ledger;
  }

  public String redact(String text) {
    return redactor.redact(text);
  }

  ExecutorService stepThreads() {
    return stepThreads;
  }

  /** The target, opened once; if opening failed, every caller gets the same failure. */
  public synchronized Target target() {
    if (target == null) {
      target =
          Opened.attempt(
              () -> provider().open(settings.target()),
              "open target '" + settings.targetProvider() + "'");
      // An embedded target generates its credentials when it opens; they are secrets like
      // configured ones.
      if (target.value != null) {
        target.value.credentials().ifPresent(c -> redactor.and(c.username(), c.password()));
      }
    }
    return target.get();
  }

  public synchronized Driver driver() {
    if (driver == null) {
      driver =
          Opened.attempt(
              () ->
                  factory()
                      .create(
                          new DriverSettings(
                              target(), workDirectory("driver"), settings.parameters())),
              "start driver '" + settings.driver() + "'");
    }
    return driver.get();
  }

  /** The one driver of a suite whose cases depend on each other; closed with the run. */
  Driver suiteDriver(String suiteId) {
    synchronized (suiteDrivers) {
      return suiteDrivers.computeIfAbsent(suiteId, id -> newCaseDriver());
    }
  }

  /**
   * A fresh driver for one case (see {@link CaseScope#driver()}); {@link #driver()} answers
   * capability questions.
   */
  Driver newCaseDriver() {
    driver(); // fails the same way, once, if the driver cannot start at all
    try {
      return factory()
          .create(new DriverSettings(target(), workDirectory("driver"), settings.parameters()));
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot start driver '" + settings.driver() + "': " + e.getMessage(), e);
    }
  }

  /**
   * The client raw steps send through (see {@link TargetClients#rawClient}), built on first use.
   */
  public synchronized RegistryClient registry() {
    if (registry == null) {
      try {
        registry = TargetClients.rawClient(target(), settings.stepTimeout());
      } catch (IOException e) {
        throw new IllegalStateException("cannot set up TLS for the target: " + e.getMessage(), e);
      }
    }
    return registry;
  }

  /** A new empty directory under the run's temporary root. */
  public Path workDirectory(String purpose) throws IOException {
    synchronized (this) {
      if (workRoot == null) {
        workRoot = Files.createTempDirectory("helm-oci-tck-" + settings.runId());
      }
    }
    return Files.createDirectories(
        workRoot.resolve(purpose + "-" + workDirectories.incrementAndGet()));
  }

  private TargetProvider provider() {
    return targetProviders.stream()
        .filter(p -> p.name().equals(settings.targetProvider()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no target provider named '"
                        + settings.targetProvider()
                        + "' (available: "
                        + names(targetProviders.stream().map(TargetProvider::name).toList())
                        + "); set helm-oci-tck.target.url (or OCI_ROOT_URL) to test a running registry, or put"
                        + " helm-oci-tck-embedded on the class path for the embedded one"));
  }

  private DriverFactory factory() {
    return driverFactories.stream()
        .filter(f -> f.accepts(settings.driver()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no driver named '"
                        + settings.driver()
                        + "' (available: "
                        + names(driverFactories.stream().map(DriverFactory::name).toList())
                        + "); set helm-oci-tck.driver"));
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "none" : names.stream().sorted().collect(Collectors.joining(", "));
  }

  /** Closes the driver and the target and writes the ledger; returns the ledger file. */
  @Override
  public synchronized void close() throws Exception {
    stepThreads.shutdownNow();
    // A step cancelled by a timeout or a signal may still be sending; cleanup must come after its
    // write.
    stepThreads.awaitTermination(15, java.util.concurrent.TimeUnit.SECONDS);
    synchronized (suiteDrivers) {
      suiteDrivers.values().forEach(Driver::close);
      suiteDrivers.clear();
    }
    if (cleanupWanted() && target != null && target.value != null && !ledger.entries().isEmpty()) {
      if (RunInterruption.requested().isPresent()) {
        // A cancelled step stops reading, but a request it already sent can still land (through a
        // proxy,
        // after the client gave up); let those settle before deleting what they wrote.
        Thread.sleep(IN_FLIGHT_SETTLE.toMillis());
      }
      PushCleanup.run(
          target.value, ledger, settings.runId(), settings.outputDirectory(), redactor::redact);
    }
    try {
      if (driver != null && driver.value != null) {
        driver.value.close();
      }
    } finally {
      try {
        if (target != null && target.value != null) {
          target.value.close();
        }
      } finally {
        ledger.close();
        if (workRoot != null
            && !settings
                .parameters()
                .apply(dev.helmoci.tck.engine.Constants.KEEP_WORK_PROPERTY_NAME)
                .map(Boolean::parseBoolean)
                .orElse(false)) {
          WorkTrees.delete(workRoot);
        }
      }
    }
  }

  /**
   * {@value #CLEANUP_PROPERTY_NAME}: delete what the run pushed. Default on for a registry given by
   * URL (shared), off for the embedded one (its storage is thrown away anyway).
   */
  private boolean cleanupWanted() {
    return settings
        .parameters()
        .apply(CLEANUP_PROPERTY_NAME)
        .map(Boolean::parseBoolean)
        .orElse(!"embedded".equals(settings.targetProvider()));
  }

  public static final String CLEANUP_PROPERTY_NAME = Constants.CLEANUP_PROPERTY_NAME;

  private static final java.time.Duration IN_FLIGHT_SETTLE = java.time.Duration.ofSeconds(3);

  /** A resource opened at most once, remembering a failure so it is not retried by every case. */
  private static final class Opened<T> {

    private final T value;
    private final RuntimeException failure;

    private Opened(T value, RuntimeException failure) {
      this.value = value;
      this.failure = failure;
    }

    static <T> Opened<T> attempt(Opener<T> opener, String action) {
      try {
        return new Opened<>(opener.open(), null);
      } catch (Exception e) {
        return new Opened<>(
            null, new IllegalStateException("cannot " + action + ": " + e.getMessage(), e));
      }
    }

    T get() {
      if (failure != null) {
        throw failure;
      }
      return value;
    }
  }

  @FunctionalInterface
  private interface Opener<T> {
    T open() throws Exception;
  }
}
