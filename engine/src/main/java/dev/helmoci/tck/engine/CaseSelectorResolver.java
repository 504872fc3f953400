package dev.helmoci.tck.engine;

import dev.helmoci.tck.engine.suite.SuiteLocation;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.commons.io.Resource;
import org.junit.platform.commons.io.ResourceFilter;
import org.junit.platform.commons.support.ResourceSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/** Finds the suites on the class path (directory roots) that define the selected case id. */
final class CaseSelectorResolver implements SelectorResolver {

    private final SuiteReader reader;
    private final DiscoveryIssueReporter issues;

    CaseSelectorResolver(SuiteReader reader, DiscoveryIssueReporter issues) {
        this.reader = reader;
        this.issues = issues;
    }

    @Override
    public Resolution resolve(DiscoverySelector selector, Context context) {
        if (!(selector instanceof CaseSelector)) {
            return Resolution.unresolved();
        }
        String caseId = ((CaseSelector) selector).getCaseId();
        Set<DiscoverySelector> found = new LinkedHashSet<>();
        ResourceFilter suites = ResourceFilter.of(r -> r.getName().endsWith(Constants.SUITE_FILE_SUFFIX));
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path root = Path.of(entry.isEmpty() ? "." : entry);
            if (!Files.isDirectory(root)) {
                continue;
            }
            for (Resource resource : ResourceSupport.findAllResourcesInClasspathRoot(root.toUri(), suites)) {
                reader.read(SuiteLocation.ofClasspath(resource.getName()), resource::getInputStream)
                        .filter(suite -> suite.findCase(caseId).isPresent())
                        .ifPresent(suite -> found.add(new SuiteSelectors.OneCase(suite, caseId)));
            }
        }
        if (found.isEmpty()) {
            issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING,
                    "no case with id '" + caseId + "' in any *.suite.yaml on the class path"));
            return Resolution.unresolved();
        }
        return Resolution.selectors(found);
    }
}
