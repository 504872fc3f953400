package dev.helmoci.tck.engine.step;

import dev.helmoci.tck.engine.driver.Capability;
import dev.helmoci.tck.engine.driver.PushRequest;
import dev.helmoci.tck.engine.driver.PushResult;
import dev.helmoci.tck.engine.yaml.YamlMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * {@code type: push}: {@code helm push <chart> <remote>}. {@code chart} is a fixture archive next
 * to the suite; {@code remote} defaults to {@code oci://${registry}/${namespace}}; {@code
 * provenance} is an optional fixture. Observes {@code reference}, {@code digest}, {@code output};
 * records the push in the run ledger.
 */
final class PushStep implements StepType {

  @Override
  public String name() {
    return "push";
  }

  @Override
  public Set<String> keys() {
    return Set.of("chart", "remote", "provenance");
  }

  @Override
  public Optional<StepAction> parse(YamlMapping step) {
    Optional<String> chart = step.requiredString("chart");
    String remote = step.string("remote").orElse("oci://${registry}/${namespace}");
    Optional<String> provenance = step.string("provenance");
    ConfinedPaths.check(step, "chart", "the suite's folder");
    ConfinedPaths.check(step, "provenance", "the suite's folder");
    return chart.map(c -> new Action(c, remote, provenance));
  }

  private record Action(String chart, String remote, Optional<String> provenance)
      implements StepAction {

    @Override
    public Observation run(StepContext context) throws IOException {
      Path archive = context.fixture(context.interpolate(chart));
      Optional<Path> prov =
          provenance.isPresent()
              ? Optional.of(context.fixture(context.interpolate(provenance.get())))
              : Optional.empty();
      String target = context.interpolate(remote);
      return DriverCall.observe(
          context,
          "push " + archive.getFileName() + " " + target,
          observed -> {
            PushTarget writes = PushTarget.of(target, archive);
            context.ledger().repository(context.caseId(), writes.repository());
            writes
                .blobs()
                .forEach(
                    blob -> context.ledger().blob(context.caseId(), writes.repository(), blob));
            if (!writes.manifest().isEmpty()) {
              context
                  .ledger()
                  .manifest(context.caseId(), writes.repository(), "", writes.manifest());
            }
            PushResult result = context.driver().push(new PushRequest(archive, target, prov));
            context
                .ledger()
                .manifest(
                    context.caseId(),
                    DriverCall.repositoryOf(result.reference()),
                    result.reference(),
                    result.digest());
            observed
                .field("reference", result.reference())
                .field("digest", result.digest())
                .field("output", result.output());
          });
    }

    @Override
    public String describe() {
      return "push " + chart + " " + remote;
    }

    @Override
    public Optional<Capability> capability() {
      return Optional.of(Capability.PUSH);
    }

    @Override
    public Set<String> repositories() {
      // Helm pushes <remote>/<chart name>; archives are named <name>-<version>.tgz. A chart made by
      // an
      // earlier step (${c.path}) has no name yet: locking on the template would serialise every
      // such push.
      if (chart.contains("${")) {
        return Set.of();
      }
      String file = chart.substring(chart.lastIndexOf('/') + 1);
      return Set.of(
          DriverCall.repositoryOf(remote) + "/" + file.replaceFirst("-v?\\d[^/]*\\.tgz$", ""));
    }
  }
}
