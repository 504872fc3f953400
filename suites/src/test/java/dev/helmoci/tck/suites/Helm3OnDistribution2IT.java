package dev.helmoci.tck.suites;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/** Every suite through real helm 3, against an embedded distribution 2.8 (process). */
@Suite
@SuiteDisplayName("real helm 3 on distribution 2.8 (process)")
@IncludeEngines("helm-oci-tck")
@SelectPackages("dev.helmoci.tck.suites")
@ConfigurationParameter(key = "helm-oci-tck.driver", value = "helm3")
@ConfigurationParameter(key = "helm-oci-tck.target.embedded.registry", value = "distribution-2")
class Helm3OnDistribution2IT {}
