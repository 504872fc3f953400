package dev.helmoci.tck.engine;

import java.util.Optional;
import org.junit.platform.engine.DiscoverySelectorIdentifier;
import org.junit.platform.engine.discovery.DiscoverySelectorIdentifierParser;

/** Parses {@code helm-oci-case:<id>} for launchers that take selectors as text. */
public final class CaseSelectorIdentifierParser implements DiscoverySelectorIdentifierParser {

  @Override
  public String getPrefix() {
    return CaseSelector.PREFIX;
  }

  @Override
  public Optional<CaseSelector> parse(DiscoverySelectorIdentifier identifier, Context context) {
    return Optional.of(CaseSelector.selectCase(identifier.getValue()));
  }
}
