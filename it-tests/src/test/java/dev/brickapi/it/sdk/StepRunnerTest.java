package dev.brickapi.it.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.mock.MockWorkspace;
import java.io.OutputStream;
import java.io.PrintStream;
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
    AssertionError e = assertThrows(AssertionError.class, () -> runner.run(mock, "clusters: bad create",
        () -> send("POST", "/api/2.1/clusters/create", "{\"num_workers\":\"many\"}")));
    assertTrue(e.getMessage().startsWith("clusters: bad create: ") && e.getMessage().contains("contract violation"),
        e.getMessage());
    assertEquals(1, runner.failures().size());
  }

  @Test
  void aStepThatSendsAParameterOrFieldTheSpecLacksFailsNamingIt() {
    StepRunner runner = new StepRunner(20);
    AssertionError e = assertThrows(AssertionError.class, () -> runner.run(mock, "clusters: extras", () -> {
      send("GET", "/api/2.1/clusters/get?cluster_id=c1&no_such_param=1", null);
      send("POST", "/api/2.1/clusters/delete", "{\"cluster_id\":\"c1\",\"no_such_field\":true}");
    }));
    assertTrue(e.getMessage().contains("query parameter 'no_such_param' is not in the spec"), e.getMessage());
    assertTrue(e.getMessage().contains("body field 'no_such_field' is not in the spec"), e.getMessage());
    assertTrue(!e.getMessage().contains("'cluster_id' is not"), e.getMessage());
  }

  private static void send(String method, String pathAndQuery, String json) throws Exception {
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + pathAndQuery))
        .header("Authorization", "Bearer " + MockWorkspace.TOKEN).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .build(), HttpResponse.BodyHandlers.ofString());
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
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    AssertionError e = assertThrows(AssertionError.class, () -> runner.report(3, quiet));
    assertTrue(e.getMessage().startsWith("official SDK steps: 1 of 3 (1 not run)"), e.getMessage());
    assertTrue(e.getMessage().contains("b: fails -> AssertionError: state: x is y"), e.getMessage());
  }
}
