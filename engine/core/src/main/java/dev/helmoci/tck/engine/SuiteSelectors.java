package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.suite.Suite;
import java.util.Objects;
import org.junit.platform.engine.DiscoverySelector;

/**
 * Internal selectors for an already parsed suite, or one case of it; public selectors resolve to
 * these.
 */
final class SuiteSelectors {

  private SuiteSelectors() {}

  /** The whole suite. */
  static final class WholeSuite implements DiscoverySelector {

    final Suite suite;

    WholeSuite(Suite suite) {
      this.suite = suite;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof WholeSuite && ((WholeSuite) o).suite.location().equals(suite.location());
    }

    @Override
    public int hashCode() {
      return suite.location().hashCode();
    }

    @Override
    public String toString() {
      return "WholeSuite[" + suite.location() + "]";
    }
  }

  /** One case of the suite (and, through {@code dependsOn}, the cases it needs). */
  static final class OneCase implements DiscoverySelector {

    final Suite suite;
    final String caseId;

    OneCase(Suite suite, String caseId) {
      this.suite = suite;
      this.caseId = caseId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof OneCase
          && ((OneCase) o).suite.location().equals(suite.location())
          && ((OneCase) o).caseId.equals(caseId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(suite.location(), caseId);
    }

    @Override
    public String toString() {
      return "OneCase[" + suite.location() + "#" + caseId + "]";
    }
  }
}
