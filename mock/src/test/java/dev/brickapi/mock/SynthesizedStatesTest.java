package dev.brickapi.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynthesizedStatesTest {

  @Test
  void aSynthesizedStateIsTheSettledOneAWaiterWaitsFor() {
    assertEquals("RUNNING", Examples.lively(List.of("BANNED", "CANCELLING", "FAILED", "NOT_PROVISIONED",
        "PROVISIONING", "RUNNING")));
    assertEquals("NOT_UPDATING", Examples.lively(List.of("IN_PROGRESS", "NOT_UPDATING", "UPDATE_CANCELED")));
    assertEquals("ACTIVE", Examples.lively(List.of("TRASHED", "ACTIVE")));
  }

  @Test
  void withoutASettledStateItIsTheFirstThatNeitherEndedNorFailed() {
    assertEquals("IDLE", Examples.lively(List.of("FAILED", "IDLE")));
    assertEquals("PENDING", Examples.lively(List.of("CANCELED", "ERROR", "PENDING")));
    assertEquals("CAN_VIEW", Examples.lively(List.of("CAN_VIEW", "CAN_MANAGE")));
    assertEquals("FAILED", Examples.lively(List.of("FAILED")));
  }

  @Test
  void anAccountWorkspaceIsSynthesizedRunning() {
    try (MockWorkspace mock = MockWorkspace.builder().start()) {
      MockHttp http = new MockHttp(mock);
      String workspaces = "/api/2.0/accounts/" + MockWorkspace.ACCOUNT_ID + "/workspaces";
      assertEquals("RUNNING", http.expect(200, "GET", workspaces, null).at("/0/workspace_status").asText());
      assertEquals("RUNNING", http.expect(200, "GET", workspaces + "/1", null).get("workspace_status").asText());
      mock.assertNoViolations();
    }
  }
}
