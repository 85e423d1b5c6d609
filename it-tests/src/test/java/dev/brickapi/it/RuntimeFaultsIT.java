package dev.brickapi.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.brickapi.it.FaultsIT.CREATE;
import static dev.brickapi.it.FaultsIT.GET;
import static dev.brickapi.it.FaultsIT.attempts;
import static dev.brickapi.it.FaultsIT.fails;
import static dev.brickapi.it.FaultsIT.oneTo;
import static dev.brickapi.it.ScenariosIT.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.brickapi.runtime.NotFoundException;
import dev.brickapi.runtime.RateLimitedException;
import dev.brickapi.runtime.TransportException;
import dev.brickapi.runtime.UnauthenticatedException;
import dev.brickapi.client.service.jobs.v22.ListJobsRequest;
import dev.brickapi.client.service.clusters.v21.ClusterDetails;
import dev.brickapi.client.service.clusters.v21.ClustersApi;
import dev.brickapi.client.service.clusters.v21.CreateCluster;
import dev.brickapi.client.service.jobs.v22.BaseJob;
import dev.brickapi.client.service.jobs.v22.CreateJob;
import dev.brickapi.client.service.jobs.v22.JobsApi;
import dev.brickapi.mock.MockWorkspace;
import dev.brickapi.mock.MockWorkspaceExtension;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults whose handling is the client runtime's (docs/client-runtime.md, "Retries"): 429 and 503 retried for
 * every method honouring Retry-After, resets and read timeouts retried for GET only, a 401 refreshed once where
 * the authentication can refresh, typed errors. Every test counts the requests on the wire: none lost, no POST
 * sent twice; Retry-After is proven by counts, never by the clock.
 */
@ExtendWith(MockWorkspaceExtension.class)
class RuntimeFaultsIT {

  private static final String CLUSTER = "{\"cluster_id\":\"c1\",\"state\":\"RUNNING\"}";
  private static final String CREATE_BODY = "{\"cluster_name\":\"c\",\"spark_version\":\"13.3.x-scala2.12\",\"num_workers\":1}";
  private static final String JOBS_CREATE = "/api/2.2/jobs/create";
  private static final String TOKEN_ENDPOINT = "/oidc/v1/token";

  private MockWorkspace mock;
  private Clients clients;

  @BeforeEach
  void setUp(MockWorkspace mock) {
    this.mock = mock;
    this.clients = new Clients(mock);
  }

  @AfterEach
  void neverTheToken() {
    String log = clients.log();
    assertFalse(log.contains(MockWorkspace.TOKEN), "the token is in the client log");
    assertFalse(log.contains(MockWorkspace.CLIENT_SECRET), "the client secret is in the client log");
    for (String issued : mock.issuedTokens()) {
      assertFalse(log.contains(issued), "an OAuth token is in the client log");
    }
  }

  /**
   * The first {@code failures} calls get {@code fault}, then {@code success} forever (the fake when
   * {@code success} is null). A WireMock
   * {@link MappingBuilder} is mutable and keeps the id of the first stub made from it, so each stub of the
   * sequence needs a builder of its own: hence a supplier.
   */
  private void sequence(Supplier<MappingBuilder> request, int failures, ResponseDefinitionBuilder fault,
      ResponseDefinitionBuilder success) {
    String state = STARTED;
    for (int i = 0; i < failures; i++) {
      String next = "after-" + (i + 1);
      mock.stubFault(request.get().inScenario("faults").whenScenarioStateIs(state).willSetStateTo(next)
          .willReturn(fault));
      state = next;
    }
    if (success != null) {
      mock.stubFor(request.get().inScenario("faults").whenScenarioStateIs(state).willReturn(success));
    }
  }

  private static Supplier<MappingBuilder> getCluster() {
    return () -> get(urlPathEqualTo(GET));
  }

  private long wire(String method, String path) {
    return FaultsIT.wire(mock, method, path);
  }

  private static ResponseDefinitionBuilder tooMany(String retryAfter) {
    return aResponse().withStatus(429).withHeader("Retry-After", retryAfter).withHeader("Content-Type", "application/json")
        .withBody("{\"error_code\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"Too many requests\"}");
  }

  private static ResponseDefinitionBuilder unavailable() {
    return aResponse().withStatus(503).withHeader("Content-Type", "application/json")
        .withBody("{\"error_code\":\"TEMPORARILY_UNAVAILABLE\",\"message\":\"The service is temporarily unavailable\"}");
  }

  @Test
  void burstOf429WithRetryAfterOnGet() {
    sequence(getCluster(), 3, tooMany("1"), okJson(CLUSTER));
    ClusterDetails c = clients.workspace(ClustersApi.class).getCluster("c1");
    assertEquals("RUNNING", c.getState().value());
    assertEquals(4, wire("GET", GET));
    assertEquals(oneTo(4), attempts(clients, "GET", GET), clients.log());
  }

  /**
   * Retry-After is honoured, proven by counting: a wait of an hour does not fit the call's deadline (20 s), so
   * the call ends at once after one request; with backoff instead (20 ms doubling) it would have sent several.
   */
  @Test
  void retryAfterInSecondsBeyondTheDeadlineEndsTheCallAtOnce() {
    mock.stubFault(get(urlPathEqualTo(GET)).willReturn(tooMany("3600")));
    RateLimitedException e = fails(RateLimitedException.class, "GET", GET,
        () -> clients.workspace(ClustersApi.class).getCluster("c1"));
    assertEquals(429, e.status());
    assertEquals("REQUEST_LIMIT_EXCEEDED", e.errorCode());
    assertEquals("Too many requests", e.apiMessage());
    assertEquals(1, wire("GET", GET));
  }

  @Test
  void retryAfterAsHttpDateBeyondTheDeadlineEndsTheCallAtOnce() {
    String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
    mock.stubFault(post(urlPathEqualTo(JOBS_CREATE)).willReturn(tooMany(inAnHour)));
    RateLimitedException e = fails(RateLimitedException.class, "POST", JOBS_CREATE,
        () -> clients.workspace(JobsApi.class).createJob(body(CreateJob.class, "{\"name\":\"later\"}")));
    assertEquals(429, e.status());
    assertEquals(1, wire("POST", JOBS_CREATE));
  }

  @Test
  void burstOf429OnNonIdempotentCreateLosesAndDuplicatesNothing() throws Exception {
    // a burst: the first five creates the server sees are refused (under concurrency a state may be matched twice)
    sequence(() -> post(urlPathEqualTo(JOBS_CREATE)), 5, tooMany("1"), null);
    JobsApi jobs = clients.workspace(JobsApi.class);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Long>> ids = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        int n = i;
        ids.add(pool.submit(() -> jobs.createJob(body(CreateJob.class, "{\"name\":\"job-" + n + "\"}")).getJobId()));
      }
      for (Future<Long> f : ids) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(50, ids.stream().map(RuntimeFaultsIT::value).distinct().count());
    // every job exists exactly once
    Map<String, Long> names = jobs.listJobs(new ListJobsRequest().setLimit(100)).getJobs().stream()
        .map(BaseJob::getSettings).map(s -> s.getName())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertEquals(IntStream.range(0, 50).mapToObj(i -> "job-" + i).collect(Collectors.toSet()), names.keySet());
    assertTrue(names.values().stream().allMatch(n -> n == 1), names.toString());
    // on the wire: each 429 was retried once more, nothing else was sent twice
    List<MockWorkspace.Exchange> creates = mock.exchanges().stream()
        .filter(x -> x.method.equals("POST") && x.url.equals(JOBS_CREATE)).collect(Collectors.toList());
    long refused = creates.stream().filter(x -> x.status == 429).count();
    assertTrue(refused >= 5, "refused " + refused);
    assertEquals(50, creates.stream().filter(x -> x.status == 200).count());
    assertEquals(50 + refused, creates.size());
  }

  private static long value(Future<Long> f) {
    try {
      return f.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void unavailable503ThenSuccess() {
    sequence(getCluster(), 2, unavailable(), okJson(CLUSTER));
    assertEquals("RUNNING", clients.workspace(ClustersApi.class).getCluster("c1").getState().value());
    assertEquals(3, wire("GET", GET));
    assertEquals(oneTo(3), attempts(clients, "GET", GET), clients.log());
  }

  @Test
  void unavailable503OnCreateIsRetriedAndCreatesOnce() {
    sequence(() -> post(urlPathEqualTo(CREATE)), 1, unavailable(), null);
    String id = clients.workspace(ClustersApi.class).createCluster(body(CreateCluster.class, CREATE_BODY)).getClusterId();
    assertEquals(2, wire("POST", CREATE), "a 503 was not processed: the POST is sent once more");
    assertEquals(List.of(503, 200), mock.exchanges().stream().filter(x -> x.url.equals(CREATE)).map(x -> x.status)
        .collect(Collectors.toList()), "the fake created one cluster");
    assertEquals(id, clients.workspace(ClustersApi.class).getCluster(id).getClusterId());
  }

  @Test
  void connectionResetOnIdempotentGetIsRetried() {
    sequence(getCluster(), 1, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(CLUSTER));
    assertEquals("RUNNING", clients.workspace(ClustersApi.class).getCluster("c1").getState().value());
    assertEquals(2, wire("GET", GET));
    assertEquals(oneTo(2), attempts(clients, "GET", GET), clients.log());
  }

  @Test
  void connectionResetOnCreateIsNotRetried() {
    mock.stubFault(post(urlPathEqualTo(CREATE)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    TransportException e = fails(TransportException.class, "POST", CREATE,
        () -> clients.workspace(ClustersApi.class).createCluster(body(CreateCluster.class, CREATE_BODY)));
    assertEquals(-1, e.status());
    assertInstanceOf(IOException.class, e.getCause());
    assertEquals(1, wire("POST", CREATE));
  }

  @Test
  void readTimeoutOnIdempotentGetIsRetried() {
    sequence(getCluster(), 1, okJson(CLUSTER).withFixedDelay(3000), okJson(CLUSTER));
    ClusterDetails c = clients.withReadTimeout(Duration.ofMillis(500)).workspace(ClustersApi.class).getCluster("c1");
    assertEquals("RUNNING", c.getState().value());
    assertEquals(2, wire("GET", GET));
    assertEquals(oneTo(2), attempts(clients, "GET", GET), clients.log());
  }

  /** OAuth M2M can refresh: the 401 invalidates the token, a new one is fetched, the call is sent once more. */
  @Test
  void expiredTokenIsRefreshedOn401() {
    Clients m2m = clients.withOAuthM2M();
    sequence(getCluster(), 1, aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"Token is expired\"}"), okJson(CLUSTER));
    assertEquals("RUNNING", m2m.workspace(ClustersApi.class).getCluster("c1").getState().value());
    assertEquals(2, wire("GET", GET));
    assertEquals(2, wire("POST", TOKEN_ENDPOINT), "one token, then a fresh one after the 401");
    List<String> issued = mock.issuedTokens();
    assertEquals(2, issued.size());
    List<String> sent = mock.exchanges().stream().filter(x -> x.url.startsWith(GET + "?"))
        .map(x -> x.headers.get("Authorization").get(0)).collect(Collectors.toList());
    assertEquals(List.of("Bearer " + issued.get(0), "Bearer " + issued.get(1)), sent);
    assertNotEquals(sent.get(0), sent.get(1));
  }

  /** A 401 that persists after the refresh ends the call: one refresh per call, no loop. */
  @Test
  void persistent401AfterRefreshIsTyped() {
    Clients m2m = clients.withOAuthM2M();
    mock.stubFault(get(urlPathEqualTo(GET)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"Token is expired\"}")));
    UnauthenticatedException e = fails(UnauthenticatedException.class, "GET", GET,
        () -> m2m.workspace(ClustersApi.class).getCluster("c1"));
    assertEquals(401, e.status());
    assertEquals("UNAUTHENTICATED", e.errorCode());
    assertEquals(2, wire("GET", GET));
    assertEquals(2, mock.issuedTokens().size());
  }

  /** A personal access token cannot be refreshed: the 401 is final, typed, and not sent again. */
  @Test
  void expiredPersonalAccessTokenIsNotRetried() {
    sequence(getCluster(), 1, aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"Token is expired\"}"), okJson(CLUSTER));
    UnauthenticatedException e = fails(UnauthenticatedException.class, "GET", GET,
        () -> clients.workspace(ClustersApi.class).getCluster("c1"));
    assertEquals(401, e.status());
    assertEquals("UNAUTHENTICATED", e.errorCode());
    assertEquals("Token is expired", e.apiMessage());
    assertEquals(1, wire("GET", GET));
    assertEquals(0, wire("POST", TOKEN_ENDPOINT));
  }

  @Test
  void notFoundIsTyped() {
    NotFoundException e = fails(NotFoundException.class, "GET", GET,
        () -> clients.workspace(ClustersApi.class).getCluster("0000-missing"));
    assertEquals(404, e.status());
    assertEquals("RESOURCE_DOES_NOT_EXIST", e.errorCode());
    assertTrue(e.getMessage().contains("RESOURCE_DOES_NOT_EXIST"), e.getMessage());
    assertEquals(1, wire("GET", GET));
  }
}
