package dev.brickapi.codegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DerivedOperationIdsTest {

  @Test
  void verbFromMethodAndWhetherThePathEndsInAVariable() {
    assertEquals("getEmployees", DerivedOperationIds.derive("GET", "/v2/employees/{id}", Set.of()));
    assertEquals("listEmployees", DerivedOperationIds.derive("GET", "/v2/employees", Set.of()));
    assertEquals("createLocationsTransactionsRefund",
        DerivedOperationIds.derive("POST", "/v2/locations/{location_id}/transactions/{transaction_id}/refund", Set.of()));
    assertEquals("updateAbilityScores", DerivedOperationIds.derive("PATCH", "/api/ability-scores/{index}", Set.of()));
    assertEquals("deleteKeys", DerivedOperationIds.derive("DELETE", "/keys/{id}", Set.of()));
    assertEquals("headFilesJson", DerivedOperationIds.derive("HEAD", "/files/{name}.json", Set.of()));
  }

  @Test
  void pathWithoutResourceWordsIsTheRoot() {
    assertEquals("listRoot", DerivedOperationIds.derive("GET", "/", Set.of()));
    assertEquals("listRoot", DerivedOperationIds.derive("GET", "/api", Set.of()));
    assertEquals("createV1", DerivedOperationIds.derive("POST", "/v1", Set.of("createRoot")));
  }

  @Test
  void aTakenNameKeepsTheVersionsThenAddsTheVariablesThenANumber() {
    Set<String> taken = Set.of("getClusters", "getV20Clusters", "getV20ClustersByClusterId");
    assertEquals("getV20Clusters", DerivedOperationIds.derive("GET", "/api/2.0/clusters/{cluster_id}",
        Set.of("getClusters")));
    assertEquals("getV20ClustersByClusterId2", DerivedOperationIds.derive("GET", "/api/2.0/clusters/{cluster_id}",
        taken));
    assertEquals("listV1ABByXAndY", DerivedOperationIds.derive("GET", "/v1/a/{x}/{y}/b", Set.of("listAB", "listV1AB")));
  }

  @Test
  void objectMethodsAndLeadingDigitsNeverReachJava() {
    assertEquals("getClass_", DerivedOperationIds.derive("GET", "/class/{id}", Set.of()));
    assertEquals("list2fa", DerivedOperationIds.derive("GET", "/2fa", Set.of()));
  }
}
