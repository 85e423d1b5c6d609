package dev.brickapi.codegen.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one meaning of a document pattern, for the command line and the plugin alike. */
class DocumentPatternsTest {

  private static boolean matches(String pattern, String name) {
    return DocumentPatterns.of(List.of(pattern)).selects(name);
  }

  @Test
  void noPatternsSelectEveryDocument() {
    assertTrue(DocumentPatterns.of(List.of()).selects("2.0/clusters.yaml"));
    assertFalse(DocumentPatterns.of(List.of()).matchesAny("2.0/clusters.yaml"));
  }

  @Test
  void starStaysWithinAFolder() {
    assertTrue(matches("2.0/*.yaml", "2.0/clusters.yaml"));
    assertFalse(matches("2.0/*.yaml", "2.0/sub/clusters.yaml"));
    assertFalse(matches("*.yaml", "2.0/clusters.yaml"));
    assertTrue(matches("2.1/unity-catalog-*.yaml", "2.1/unity-catalog-tables.yaml"));
  }

  @Test
  void leadingDoubleStarAlsoMatchesNoFolder() {
    assertTrue(matches("**/*.yaml", "pets.yaml"));
    assertTrue(matches("**/*.yaml", "2.0/clusters.yaml"));
    assertTrue(matches("**/*.yaml", "a/b/c.yaml"));
    assertFalse(matches("**/*.yaml", "a/b/c.json"));
  }

  @Test
  void doubleStarBetweenFoldersAlsoMatchesNoFolder() {
    assertTrue(matches("2.0/**/x.yaml", "2.0/x.yaml"));
    assertTrue(matches("2.0/**/x.yaml", "2.0/a/b/x.yaml"));
    assertTrue(matches("2.0/**", "2.0/a/b/x.yaml"));
  }

  @Test
  void exactNameMatchesWhateverItsCharacters() {
    assertTrue(matches("v1/pets[beta].yaml", "v1/pets[beta].yaml"));
    assertTrue(matches("v1/{odd.yaml", "v1/{odd.yaml"));
    assertFalse(matches("v1/{odd.yaml", "v1/odd.yaml"));
  }

  @Test
  void questionMarkBracesAndClasses() {
    assertTrue(matches("2.?/jobs.yaml", "2.1/jobs.yaml"));
    assertFalse(matches("2.?/jobs.yaml", "2.10/jobs.yaml"));
    assertTrue(matches("2.0/{secrets,token}.yaml", "2.0/token.yaml"));
    assertFalse(matches("2.0/{secrets,token}.yaml", "2.0/tokens.yaml"));
    assertTrue(matches("[12].*/x.yaml", "1.2/x.yaml"));
    assertFalse(matches("[!12].*/x.yaml", "1.2/x.yaml"));
  }

  @Test
  void dotsAreLiteralCaseMattersAndBackslashesAreSlashes() {
    assertFalse(matches("2.0/*.yaml", "210/clusters.yaml"));
    assertFalse(matches("2.0/*.YAML", "2.0/clusters.yaml"));
    assertTrue(matches(" 2.0\\*.yaml ", "2.0/clusters.yaml"));
  }
}
