package dev.brickapi.codegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaIdentifiersTest {

  @Test
  void wordsSplitAtSeparatorsCaseChangesAndAcronyms() {
    assertEquals(List.of("page", "token"), JavaIdentifiers.words("page_token"));
    assertEquals(List.of("page", "token"), JavaIdentifiers.words("pageToken"));
    assertEquals(List.of("http", "status"), JavaIdentifiers.words("HTTPStatus"));
    assertEquals(List.of("x", "request", "id"), JavaIdentifiers.words("X-Request-Id"));
    assertEquals(List.of("v2", "name"), JavaIdentifiers.words("v2Name"));
  }

  @Test
  void camelCaseForMembersWithReservedWordsEscaped() {
    assertEquals("clusterId", JavaIdentifiers.camel("cluster_id"));
    assertEquals("startIndex", JavaIdentifiers.camel("startIndex"));
    assertEquals("class_", JavaIdentifiers.camel("class"));
    assertEquals("default_", JavaIdentifiers.camel("default"));
    assertEquals("_1stPlace", JavaIdentifiers.camel("1st_place"));
    assertEquals("type", JavaIdentifiers.camel("@type"));
  }

  @Test
  void typeNamesKeepValidPascalCase() {
    assertEquals("ClusterSpec", JavaIdentifiers.typeName("ClusterSpec"));
    assertEquals("ClusterSpec", JavaIdentifiers.typeName("cluster_spec"));
    assertEquals("MyType", JavaIdentifiers.typeName("my_type"));
    assertEquals("GetClusterResponse", JavaIdentifiers.pascal("getCluster") + "Response");
  }

  @Test
  void constantsForEnumValues() {
    assertEquals("IN_PROGRESS", JavaIdentifiers.constant("in-progress"));
    assertEquals("BLUE_ISH", JavaIdentifiers.constant("blue-ish"));
    assertEquals("VALUE_1_2", JavaIdentifiers.constant("1.2"));
    assertEquals("EMPTY", JavaIdentifiers.constant(""));
  }

  @Test
  void packagesFollowTheDocument() {
    assertEquals("b.clusterpolicies.v20", PackagePlan.packageOf("b", "2.0/cluster-policies.yaml", null));
    assertEquals("b.errors", PackagePlan.packageOf("b", "common/errors.yaml", null));
    assertEquals("b.sql.v20", PackagePlan.packageOf("b", "2.0/sql-alerts.yaml", "sql.v20"));
    assertEquals("petstore", PackagePlan.packageOf("", "petstore.yaml", null));
    assertTrue(JavaIdentifiers.isValidPackage("a.b.c"));
    assertFalse(JavaIdentifiers.isValidPackage("a.Bad-Package"));
    assertFalse(JavaIdentifiers.isValidPackage("a.class"));
  }

  @Test
  void nameTableHandsOutUniqueNames() {
    NameTable t = new NameTable("additionalProperties");
    assertEquals("name", t.allocate("name"));
    assertEquals("name2", t.allocate("name"));
    assertEquals("additionalProperties2", t.allocate("additionalProperties"));
  }
}
