package dev.helmoci.tck.engine;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.DiscoverySelectorIdentifier;

/**
 * Selects a case by its stable id wherever its suite is on the class path, together with the cases
 * it depends on. From the console launcher: {@code --select helm-oci-case:<id>}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CaseSelector implements DiscoverySelector {

  /** The identifier prefix: {@value}. */
  public static final String PREFIX = "helm-oci-case";

  private final String caseId;

  private CaseSelector(String caseId) {
    this.caseId = caseId;
  }

  public static CaseSelector selectCase(String caseId) {
    if (caseId == null || caseId.isBlank()) {
      throw new IllegalArgumentException("a case id must not be blank");
    }
    return new CaseSelector(caseId.trim());
  }

  public String getCaseId() {
    return caseId;
  }

  @Override
  public Optional<DiscoverySelectorIdentifier> toIdentifier() {
    return Optional.of(DiscoverySelectorIdentifier.create(PREFIX, caseId));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseSelector && ((CaseSelector) o).caseId.equals(caseId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId);
  }

  @Override
  public String toString() {
    return "CaseSelector[caseId=" + caseId + "]";
  }
}
