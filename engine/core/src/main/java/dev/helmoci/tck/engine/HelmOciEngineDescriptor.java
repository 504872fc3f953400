package dev.helmoci.tck.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The root: when all suites are done, closes the driver and target and writes the run ledger. */
final class HelmOciEngineDescriptor extends EngineDescriptor
    implements Node<HelmOciExecutionContext> {

  HelmOciEngineDescriptor(UniqueId uniqueId) {
    super(uniqueId, "Helm OCI TCK");
  }

  @Override
  public void after(HelmOciExecutionContext context) throws Exception {
    context.run().close();
  }
}
