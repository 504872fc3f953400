package dev.helmoci.tck.client.internal.cli;

import picocli.CommandLine.IVersionProvider;

/** The client's version and the Helm version it emulates by default. */
public final class CliVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = HelmOciCli.class.getPackage().getImplementationVersion();
    return new String[] {"helm-oci " + (version == null ? "(development build)" : version)};
  }
}
