package dev.helmoci.tck.engine.baseline;

import dev.helmoci.tck.engine.evidence.CaseRecord;
import dev.helmoci.tck.reports.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Known failures of a registry, so a CI gate can go on while one is being fixed: a YAML file of
 * {@code expectations: [{case, reason, link, expires}]}. A listed case that fails is {@code
 * expected-fail}; a listed case that passes is {@code fail} (the baseline is stale and must
 * shrink); an entry past {@code expires} no longer excuses anything.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Expectations {
  public static final Expectations NONE = new Expectations(Map.of(), "none");

  private final Map<String, Entry> entries;
  private final String source;

  private Expectations(Map<String, Entry> entries, String source) {
    this.entries = Map.copyOf(entries);
    this.source = source;
  }

  /** One known failure. */
  public record Entry(String caseId, String reason, String link, LocalDate expires) {}

  /**
   * Reads a file, or a class path resource when {@code location} starts with {@code classpath:}.
   */
  public static Expectations load(String location) {
    try (InputStream in = open(location)) {
      Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return parse(root, location);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read expectations " + location + ": " + e.getMessage(), e);
    }
  }

  private static InputStream open(String location) throws IOException {
    if (location.startsWith("classpath:")) {
      String name = location.substring("classpath:".length()).replaceFirst("^/", "");
      InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
      if (in == null) {
        throw new IOException("no class path resource " + name);
      }
      return in;
    }
    return Files.newInputStream(Path.of(location));
  }

  static Expectations parse(Object root, String source) {
    if (!(root instanceof Map<?, ?> map) || !(map.get("expectations") instanceof List<?> list)) {
      throw new IllegalArgumentException(
          source + ": needs 'expectations:' with a list of {case, reason, expires}");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> e)
          || !(e.get("case") instanceof String id)
          || !(e.get("reason") instanceof String reason)
          || e.get("expires") == null) {
        throw new IllegalArgumentException(
            source
                + ": every expectation needs case, reason and expires "
                + "(yyyy-mm-dd), found "
                + item);
      }
      entries.put(
          id,
          new Entry(
              id,
              reason,
              e.get("link") == null ? "" : String.valueOf(e.get("link")),
              date(e.get("expires"), source, id)));
    }
    return new Expectations(entries, source);
  }

  private static LocalDate date(Object value, String source, String id) {
    try {
      return value instanceof java.util.Date d
          ? new java.sql.Date(d.getTime()).toLocalDate()
          : LocalDate.parse(String.valueOf(value));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          source + ": 'expires' of " + id + " must be yyyy-mm-dd, was " + value);
    }
  }

  public Optional<Entry> entry(String caseId) {
    return Optional.ofNullable(entries.get(caseId));
  }

  /** The record as the expectations judge it on {@code today}. */
  public CaseRecord apply(CaseRecord record, LocalDate today) {
    Optional<Entry> entry = entry(record.caseId());
    if (entry.isEmpty()) {
      return record;
    }
    Entry e = entry.get();
    if (today.isAfter(e.expires())) {
      return record.outcome() == Outcome.FAIL
          ? with(
              record,
              Outcome.FAIL,
              "the expectation for this case in "
                  + source
                  + " expired on "
                  + e.expires()
                  + "; "
                  + record.reason())
          : record;
    }
    switch (record.outcome()) {
      case FAIL:
        return with(
            record,
            Outcome.EXPECTED_FAIL,
            "known failure (" + e.reason() + link(e) + "): " + record.reason());
      case PASS:
      case WARN:
        return with(
            record,
            Outcome.FAIL,
            "stale expectation: the case "
                + (record.outcome() == Outcome.PASS ? "passes" : "only warns")
                + " now; remove it from "
                + source
                + " ("
                + e.reason()
                + ")");
      default:
        return record;
    }
  }

  private static String link(Entry e) {
    return e.link().isBlank() ? "" : ", " + e.link();
  }

  private static CaseRecord with(CaseRecord record, Outcome outcome, String reason) {
    return new CaseRecord(record.caseId(), outcome, reason, record.impact());
  }
}
