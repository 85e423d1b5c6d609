package dev.brickapi.codegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaitMethodNamesTest {

  @Test
  void existingResourceWaitIsNamedAfterThePollOperationAndTheTargets() {
    assertEquals("waitGetClusterRunning", WaitMethodNames.existing("getCluster", List.of("RUNNING")));
    assertEquals("waitGetRunTerminatedOrSkipped", WaitMethodNames.existing("getRun", List.of("TERMINATED", "SKIPPED")));
    assertEquals("waitGetServingEndpointNotUpdating", WaitMethodNames.existing("getServingEndpoint", List.of("NOT_UPDATING")));
    assertEquals("waitGetCommandStatusFinishedOrError", WaitMethodNames.existing("getCommandStatus", List.of("Finished", "Error")));
  }

  @Test
  void operationWaitsAddAndWaitAndAsync() {
    assertEquals("runNowAndWait", WaitMethodNames.andWait("runNow"));
    assertEquals("runNowAndWaitAsync", WaitMethodNames.async(WaitMethodNames.andWait("runNow")));
  }
}
