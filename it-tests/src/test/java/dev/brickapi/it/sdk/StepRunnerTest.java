package dev.brickapi.it.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.mock.MockWorkspace;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The suite's verdicts: a step fails on a contract violation, on overrunning its bound, on a list without end. */
class StepRunnerTest {

  private static MockWorkspace mock;

  @BeforeAll
  static void start() {
    mock = MockWorkspace.builder().start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @Test
  void aStepWhoseExchangeBreaksTheSpecFailsWithTheValidatorsWords() {
    StepRunner runner = new StepRunner(20);
    AssertionError e = assertThrows(AssertionError.class, () -> runner.run(mock, "clusters: bad create", () ->
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/api/2.1/clusters/create"))
            .header("Authorization", "Bearer " + MockWorkspace.TOKEN).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"num_workers\":\"many\"}")).build(),
            HttpResponse.BodyHandlers.ofString())));
    assertTrue(e.getMessage().startsWith("clusters: bad create: ") && e.getMessage().contains("contract violation"),
        e.getMessage());
    assertEquals(1, runner.failures().size());
  }

  @Test
  void aStepThatOverrunsItsBoundFailsInsteadOfHanging() {
    StepRunner runner = new StepRunner(1);
    AssertionError e = assertThrows(AssertionError.class, () -> runner.run(mock, "slow", () -> Thread.sleep(10_000)));
    assertTrue(e.getMessage().contains("did not end within 1 s"), e.getMessage());
  }

  @Test
  void aListThatNeverEndsFails() {
    Iterable<Integer> endless = () -> Stream.iterate(0, i -> i + 1).iterator();
    AssertionError e = assertThrows(AssertionError.class, () -> Sdk.drain(endless));
    assertTrue(e.getMessage().contains("did not end after " + Sdk.LIST_BOUND), e.getMessage());
    assertEquals(List.of(1, 2), Sdk.drain(List.of(1, 2)));
  }

  @Test
  void theReportCountsPassedStepsAndListsEachFailureWithItsCause() {
    StepRunner runner = new StepRunner(5);
    runner.run(mock, "a: passes", () -> {});
    assertThrows(AssertionError.class, () -> runner.run(mock, "b: fails", () -> Sdk.check(false, "x is y")));
    AssertionError e = assertThrows(AssertionError.class, () -> runner.report(3));
    assertTrue(e.getMessage().startsWith("official SDK steps: 1 of 3 (1 not run)"), e.getMessage());
    assertTrue(e.getMessage().contains("b: fails -> AssertionError: state: x is y"), e.getMessage());
  }
}
