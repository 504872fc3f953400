package com.example.registry;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * The kit's smoke and push suites and this project's own cases, through the kit's reference client, against the
 * registry in OCI_ROOT_URL (OCI_USERNAME / OCI_PASSWORD / OCI_NAMESPACE: the engine reads them itself, so no
 * secret is written here). More: add suites with {@code @SelectClasspathResource}, or the whole kit with
 * {@code @SelectPackages("dev.helmoci.tck.suites")}.
 */
@Suite
@SuiteDisplayName("Example registry: Helm OCI conformance")
@IncludeEngines("helm-oci-tck")
@SelectClasspathResource("dev/helmoci/tck/suites/smoke.suite.yaml")
@SelectPackages("com.example.registry.cases")
@ConfigurationParameter(key = "helm-oci-tck.driver", value = "reference")
@ConfigurationParameter(key = "helm-oci-tck.output.directory", value = "target/helm-oci-tck")
class HelmOciConformance {
}
