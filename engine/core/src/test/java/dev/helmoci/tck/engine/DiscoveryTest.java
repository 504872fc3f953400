package dev.helmoci.tck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUri;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

class DiscoveryTest {

  private static final List<String> ALL_CASES =
      List.of("api-version", "pull-demo", "push-demo", "tag-list");

  @Test
  void packageSelectsEverySuiteInIt() {
    assertThat(caseIds(discover(selectPackage(TestSuites.PACKAGE)))).isEqualTo(ALL_CASES);
  }

  @Test
  void classpathRootSelectsEverySuiteOnIt() {
    Path root = TestSuites.resource(TestSuites.REGISTRY_SUITE);
    for (int i = 0; i < 6; i++) {
      root = root.getParent();
    }
    EngineDiscoveryResults results =
        discover(selectClasspathRoots(Set.of(root)).toArray(DiscoverySelector[]::new));
    assertThat(caseIds(results)).containsAll(ALL_CASES).contains("passes", "blocked");
  }

  @Test
  void classpathResourceSelectsOneSuite() {
    EngineDiscoveryResults results = discover(selectClasspathResource(TestSuites.REGISTRY_SUITE));
    assertThat(caseIds(results)).containsExactly("api-version", "tag-list");
    TestDescriptor suite = results.getEngineDescriptor().getChildren().iterator().next();
    assertThat(suite.getSource())
        .contains(
            ClasspathResourceSource.from(
                TestSuites.REGISTRY_SUITE,
                org.junit.platform.engine.support.descriptor.FilePosition.from(1, 1)));
    assertThat(suite.getDisplayName()).isEqualTo("Registry basics over raw HTTP");
  }

  @Test
  void fileSelectsOneSuiteWithFileSources() {
    Path file = TestSuites.resource(TestSuites.REGISTRY_SUITE);
    TestDescriptor apiVersion = find(discover(selectFile(file.toFile())), "api-version");
    assertThat(apiVersion.getSource())
        .contains(
            FileSource.from(
                file.toFile(),
                org.junit.platform.engine.support.descriptor.FilePosition.from(8, 5)));
    assertThat(apiVersion.getDisplayName()).isEqualTo("api-version: The registry answers /v2/");
  }

  @Test
  void directorySelectsSuitesBelowIt() {
    Path directory = TestSuites.resource(TestSuites.REGISTRY_SUITE).getParent();
    assertThat(caseIds(discover(selectDirectory(directory.toFile())))).isEqualTo(ALL_CASES);
  }

  @Test
  void fileUriWithLineSelectsTheCaseContainingThatLineAlone() {
    Path file = TestSuites.resource(TestSuites.REGISTRY_SUITE);
    EngineDiscoveryResults results = discover(selectUri(file.toUri() + "?line=30"));
    assertThat(caseIds(results)).containsExactly("tag-list");
  }

  @Test
  void classpathUriWithLineOnTheCaseLineSelectsIt() {
    EngineDiscoveryResults results =
        discover(selectUri("classpath:/" + TestSuites.REGISTRY_SUITE + "?line=8"));
    assertThat(caseIds(results)).containsExactly("api-version");
  }

  @Test
  void fileSelectorWithPositionSelectsOneCase() {
    Path file = TestSuites.resource(TestSuites.REGISTRY_SUITE);
    assertThat(caseIds(discover(selectFile(file.toFile(), FilePosition.from(26)))))
        .containsExactly("tag-list");
  }

  @Test
  void aLineInTheHeaderSelectsTheWholeSuite() {
    assertThat(caseIds(discover(selectUri("classpath:/" + TestSuites.REGISTRY_SUITE + "?line=2"))))
        .containsExactly("api-version", "tag-list");
  }

  @Test
  void selectingACaseBringsItsDependencies() {
    EngineDiscoveryResults results = discover(CaseSelector.selectCase("pull-demo"));
    assertThat(caseIds(results)).containsExactly("pull-demo", "push-demo");
  }

  @Test
  void aCaseSelectedTwiceIsDiscoveredOnce() {
    EngineDiscoveryResults results =
        discover(
            selectPackage(TestSuites.PACKAGE),
            CaseSelector.selectCase("tag-list"),
            selectUri("classpath:/" + TestSuites.REGISTRY_SUITE + "?line=26"));
    assertThat(caseIds(results)).isEqualTo(ALL_CASES);
    assertThat(results.getEngineDescriptor().getChildren()).hasSize(2);
  }

  @Test
  void caseSelectorFindsTheCaseOnTheClasspath() {
    assertThat(caseIds(discover(CaseSelector.selectCase("tag-list")))).containsExactly("tag-list");
  }

  @Test
  void unknownCaseIdIsAWarningNotAnEmptySilence() {
    EngineDiscoveryResults results = discover(CaseSelector.selectCase("no-such-case"));
    assertThat(caseIds(results)).isEmpty();
    assertThat(results.getDiscoveryIssues())
        .singleElement()
        .satisfies(issue -> assertThat(issue.message()).contains("no-such-case"));
  }

  @Test
  void uniqueIdsSelectSuitesAndCases() {
    TestDescriptor tagList = find(discover(selectPackage(TestSuites.PACKAGE)), "tag-list");
    UniqueId caseId = tagList.getUniqueId();
    assertThat(caseId.getSegments())
        .extracting(UniqueId.Segment::getType, UniqueId.Segment::getValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("engine", "helm-oci-tck"),
            org.assertj.core.groups.Tuple.tuple("suite", "classpath:/" + TestSuites.REGISTRY_SUITE),
            org.assertj.core.groups.Tuple.tuple("case", "tag-list"));
    assertThat(caseIds(discover(selectUniqueId(caseId)))).containsExactly("tag-list");
    assertThat(caseIds(discover(selectUniqueId(caseId.removeLastSegment()))))
        .containsExactly("api-version", "tag-list");
  }

  @Test
  void casesCarryFeatureProfileLevelAndHelmTags() {
    EngineDiscoveryResults results = discover(selectPackage(TestSuites.PACKAGE));
    assertThat(tags(find(results, "api-version")))
        .containsExactlyInAnyOrder(
            "feature:api-version", "profile:core", "level:MUST", "helm:3", "helm:4");
    assertThat(tags(find(results, "tag-list")))
        .containsExactlyInAnyOrder("feature:tags", "profile:core", "level:SHOULD", "helm:4");
  }

  @Test
  void dependenciesAreOrderedFirst() {
    TestDescriptor suite =
        find(discover(selectClasspathResource(TestSuites.DRIVER_SUITE)), "push-demo")
            .getParent()
            .orElseThrow();
    assertThat(suite.getChildren())
        .extracting(d -> ((CaseDescriptor) d).testCase().id())
        .containsExactly("push-demo", "pull-demo");
  }

  @Test
  void validSuitesRaiseNoIssues() {
    assertThat(discover(selectPackage(TestSuites.PACKAGE)).getDiscoveryIssues()).isEmpty();
  }

  static EngineDiscoveryResults discover(DiscoverySelector... selectors) {
    return TestSuites.engine().selectors(selectors).discover();
  }

  static List<String> caseIds(EngineDiscoveryResults results) {
    return results.getEngineDescriptor().getDescendants().stream()
        .filter(CaseDescriptor.class::isInstance)
        .map(d -> ((CaseDescriptor) d).testCase().id())
        .sorted()
        .collect(Collectors.toList());
  }

  static TestDescriptor find(EngineDiscoveryResults results, String caseId) {
    return results.getEngineDescriptor().getDescendants().stream()
        .filter(
            d -> d instanceof CaseDescriptor && ((CaseDescriptor) d).testCase().id().equals(caseId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("case " + caseId + " not discovered"));
  }

  private static Set<String> tags(TestDescriptor descriptor) {
    return descriptor.getTags().stream().map(TestTag::getName).collect(Collectors.toSet());
  }
}
