package dev.brickapi.codegen.generated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.store.shared.v1.Color;
import com.example.store.store.v1.FilesApi;
import com.example.store.store.v1.CreatePetResponse;
import com.example.store.store.v1.NewPet;
import com.example.store.store.v1.Pet;
import com.example.store.store.v1.ListPetsByIndexRequest;
import com.example.store.store.v1.ListPetsRequest;
import com.example.store.store.v1.PetsApi;
import com.example.store.store.v1.SubmitFormRequest;
import dev.brickapi.runtime.wait.Wait;
import dev.brickapi.runtime.wait.WaitOptions;
import dev.brickapi.runtime.wait.Waiter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the generated service classes put on the wire through the runtime, checked against a loopback server. */
class FeignWireTest {

  private final LoopbackServer server = new LoopbackServer();
  private final PetsApi pets = new PetsApi(GeneratedClients.workspace(server.url()));
  private final FilesApi files = new FilesApi(GeneratedClients.workspace(server.url()));

  @AfterEach
  void stop() {
    server.close();
  }

  private static WaitOptions<Pet> fast(Duration timeout) {
    return WaitOptions.<Pet>timeout(timeout).pollInterval(Duration.ofMillis(1), Duration.ofMillis(5));
  }

  @Test
  void clientBoundPathParameterIsLeftOutOfTheMethodAndFilledByTheClient() throws Exception {
    var owners = new com.example.store.accounts.v1.OwnersApi(GeneratedClients.account(server.url(), "acc-1"));
    server.json("{\"name\":\"ann\"}");
    assertEquals("ann", owners.getOwner("o 1").getName());
    assertEquals("/api/1/accounts/acc-1/owners/o%201", server.requests().get(0).pathAndQuery());
    assertEquals(1, com.example.store.accounts.v1.OwnersApi.class.getMethod("getOwner", String.class).getParameterCount());
  }

  @Test
  void queryParametersUseJsonNamesArraysExplodeAndNullsAreLeftOut() {
    server.json("{\"pets\":[{\"name\":\"a\"}]}");
    pets.listPets(new ListPetsRequest().setPageToken("tok 1").setLimit(20).setTags(List.of("x", "y")).setXRequestId("req-7"));
    LoopbackServer.Recorded r = server.requests().get(0);
    assertEquals("GET", r.method());
    assertEquals("/api/1/pets?page_token=tok%201&limit=20&tags=x&tags=y", r.pathAndQuery());
    assertEquals("req-7", r.header("X-Request-Id"));

    server.json("{}");
    pets.listPets();
    assertEquals("/api/1/pets", server.requests().get(1).pathAndQuery());
  }

  @Test
  void jsonBodyIsSentAndResponseDecoded() {
    server.json("{\"pet_id\":12}");
    var created = pets.createPet(new NewPet().setName("Rex").setColor(Color.RED));
    assertEquals(12L, created.getPetId());
    LoopbackServer.Recorded r = server.requests().get(0);
    assertEquals("POST", r.method());
    assertEquals("/api/1/pets", r.pathAndQuery());
    assertEquals("{\"name\":\"Rex\",\"color\":\"red\"}", r.text());
    assertEquals("application/json", r.header("Content-Type"));
  }

  @Test
  void pathParameterIsExpandedAndEmptyResponseIsVoid() {
    server.json("");
    pets.deletePet(99L);
    assertEquals("DELETE", server.requests().get(0).method());
    assertEquals("/api/1/pets/99", server.requests().get(0).pathAndQuery());
  }

  @Test
  void emptyBodyWhereTheSpecDocumentsOneIsAnErrorNeverNull() {
    server.json("");
    var e = assertThrows(dev.brickapi.runtime.TransportException.class, () -> pets.getPet(1L));
    assertTrue(e.getMessage().contains("the 200 response has no body, but the API documents one (Pet)"), e.getMessage());
  }

  @Test
  void octetStreamBodiesAreStreamsAndDeclaredHeadersAreTyped() throws java.io.IOException {
    byte[] payload = {0, 1, 2, (byte) 0xff};
    server.json("");
    files.uploadFile("a.bin", dev.brickapi.runtime.http.UploadBody.of(new java.io.ByteArrayInputStream(payload)));
    assertArrayEquals(payload, server.requests().get(0).body());
    assertEquals("application/octet-stream", server.requests().get(0).header("Content-Type"));
    server.bytes(payload, Map.of("Last-Modified", "Wed, 02 Dec 2026 00:00:00 GMT"));
    try (com.example.store.store.v1.DownloadFileResponse answer = files.downloadFile("a.bin")) {
      assertEquals(4L, answer.getContentLength());
      assertEquals("Wed, 02 Dec 2026 00:00:00 GMT", answer.getLastModified());
      assertArrayEquals(payload, answer.getContents().readAllBytes());
    }
  }

  @Test
  void aHeadOperationAnswersItsDeclaredHeaders() {
    server.bytes(new byte[0], Map.of("Content-Length", "12", "X-Immutable", "true"));
    com.example.store.store.v1.GetFileMetadataResponse answer = files.getFileMetadata("a.bin");
    assertEquals("HEAD", server.requests().get(0).method());
    assertEquals(12L, answer.getContentLength());
    assertEquals("application/octet-stream", answer.getContentType());
    assertEquals(Boolean.TRUE, answer.getXImmutable());
  }

  @Test
  void multipartBodyHasOnePartPerProperty() {
    server.json("");
    files.submitForm(new SubmitFormRequest().setTitle("hello").setContent("bytes!".getBytes(StandardCharsets.UTF_8)));
    LoopbackServer.Recorded r = server.requests().get(0);
    assertTrue(r.header("Content-Type").startsWith("multipart/form-data; boundary="), r.header("Content-Type"));
    String body = r.text();
    assertTrue(body.contains("Content-Disposition: form-data; name=\"title\"\r\n\r\nhello\r\n"), body);
    assertTrue(body.contains("name=\"content\"; filename=\"content\"\r\nContent-Type: application/octet-stream\r\n\r\nbytes!\r\n"), body);
  }

  @Test
  void tokenPagingFollowsTheTokenLazily() {
    server.json("{\"pets\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"next_page_token\":\"t2\"}")
        .json("{\"pets\":[{\"name\":\"c\"}],\"next_page_token\":\"t3\"}")
        .json("{\"pets\":[{\"name\":\"d\"}],\"next_page_token\":\"\"}");
    var all = pets.listPetsAll(new ListPetsRequest().setLimit(2));
    assertEquals(0, server.requests().size(), "nothing is fetched before iteration");
    List<String> names = all.stream().map(Pet::getName).collect(Collectors.toList());
    assertEquals(List.of("a", "b", "c", "d"), names);
    List<String> uris = new ArrayList<>();
    server.requests().forEach(r -> uris.add(r.pathAndQuery()));
    assertEquals(List.of("/api/1/pets?limit=2", "/api/1/pets?page_token=t2&limit=2", "/api/1/pets?page_token=t3&limit=2"), uris);
  }

  @Test
  void tokenPagingStopsWhenTheServerRepeatsTheToken() {
    server.json("{\"pets\":[{\"name\":\"a\"}],\"next_page_token\":\"t2\"}")
        .json("{\"pets\":[{\"name\":\"b\"}],\"next_page_token\":\"t2\"}")
        .json("{\"pets\":[{\"name\":\"never\"}]}");
    assertEquals(List.of("a", "b"), pets.listPetsAll().stream().map(Pet::getName).collect(Collectors.toList()));
    assertEquals(2, server.requests().size());
  }

  @Test
  void pagingStopsAtTheFirstItemsNeeded() {
    server.json("{\"pets\":[{\"name\":\"a\"}],\"next_page_token\":\"t2\"}");
    assertEquals("a", pets.listPetsAll().iterator().next().getName());
    assertEquals(1, server.requests().size());
  }

  @Test
  void offsetPagingAdvancesByItemsUntilHasMoreIsFalse() {
    server.json("{\"pets\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"has_more\":true}")
        .json("{\"pets\":[{\"name\":\"c\"}],\"has_more\":false}");
    assertEquals(3, pets.listPetsByOffsetAll().stream().count());
    assertEquals("/api/1/offset-pets?offset=0", server.requests().get(0).pathAndQuery());
    assertEquals("/api/1/offset-pets?offset=2", server.requests().get(1).pathAndQuery());
    assertEquals(2, server.requests().size());
  }

  @Test
  void indexPagingAdvancesTheOneBasedIndexUntilTheTotal() {
    server.json("{\"Resources\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"totalResults\":3}")
        .json("{\"Resources\":[{\"name\":\"c\"}],\"totalResults\":3}");
    assertEquals(List.of("a", "b", "c"), pets.listPetsByIndexAll(new ListPetsByIndexRequest().setCount(2L)).stream().map(Pet::getName).collect(Collectors.toList()));
    assertEquals("/api/1/indexed-pets?startIndex=1&count=2", server.requests().get(0).pathAndQuery());
    assertEquals("/api/1/indexed-pets?startIndex=3&count=2", server.requests().get(1).pathAndQuery());
    assertEquals(2, server.requests().size(), "the total is reached: no third request");
  }

  @Test
  void pagePagingCountsPagesUntilAnEmptyOne() {
    server.json("{\"pets\":[{\"name\":\"a\"}]}").json("{\"pets\":[{\"name\":\"b\"}]}").json("{\"pets\":[]}");
    assertEquals(2, pets.listPetsByPageAll().stream().count());
    assertEquals("/api/1/numbered-pets?page=1", server.requests().get(0).pathAndQuery());
    assertEquals("/api/1/numbered-pets?page=3", server.requests().get(2).pathAndQuery());
  }

  @Test
  void nextRequestPagingSendsWhatThePageNames() {
    server.json("{\"events\":[\"born\",\"fed\"],\"next_page\":{\"pet_id\":7,\"offset\":2}}")
        .json("{\"events\":[\"slept\"]}");
    var request = new com.example.store.store.v1.PetEventsRequest().setPetId(7L);
    assertEquals(List.of("born", "fed", "slept"), pets.listPetEventsAll(request).stream().collect(Collectors.toList()));
    assertEquals("{\"pet_id\":7}", server.requests().get(0).text());
    assertEquals("{\"pet_id\":7,\"offset\":2}", server.requests().get(1).text());
    assertNull(request.getOffset(), "the caller's request is not modified");
  }

  @Test
  void waitPollsUntilTheTargetStateAndReportsProgress() {
    server.json("{\"pet_id\":7}")
        .json("{\"pet_id\":7,\"status\":{\"state\":\"PENDING\"}}")
        .json("{\"pet_id\":7,\"status\":{\"state\":\"PENDING\"}}")
        .json("{\"pet_id\":7,\"status\":{\"state\":\"AVAILABLE\"}}");
    List<String> seen = new ArrayList<>();
    Pet pet = pets.createPetAndWait(new NewPet().setName("Rex"),
        fast(Duration.ofSeconds(10)).onProgress(p -> seen.add(p.getStatus().getState().value())));
    assertEquals("AVAILABLE", pet.getStatus().getState().value());
    assertEquals(List.of("PENDING", "PENDING", "AVAILABLE"), seen);
    assertEquals("/api/1/pets/7", server.requests().get(3).pathAndQuery());
  }

  @Test
  void waitStopsOnAFailureStateWithItsMessage() {
    server.json("{\"pet_id\":7}").json("{\"status\":{\"state\":\"LOST\",\"message\":\"ran away\"}}");
    dev.brickapi.runtime.WaitFailedException e = assertThrows(dev.brickapi.runtime.WaitFailedException.class,
        () -> pets.createPetAndWait(new NewPet(), fast(Duration.ofSeconds(10))));
    assertEquals("LOST", e.state());
    assertEquals("ran away", e.stateMessage());
  }

  @Test
  void waitTimesOutWhenTheStateNeverArrives() {
    server.json("{\"pet_id\":7}");
    for (int i = 0; i < 500; i++) {
      server.json("{\"status\":{\"state\":\"PENDING\"}}");
    }
    dev.brickapi.runtime.WaitTimeoutException e = assertThrows(dev.brickapi.runtime.WaitTimeoutException.class,
        () -> pets.createPetAndWait(new NewPet(), fast(Duration.ofMillis(150))));
    assertEquals("PENDING", e.lastState());
  }

  @Test
  void asyncWaitCompletesWithoutBlockingTheCaller() throws Exception {
    server.json("{\"pet_id\":7}").json("{\"status\":{\"state\":\"PENDING\"}}").json("{\"status\":{\"state\":\"AVAILABLE\"}}");
    Wait<CreatePetResponse, Pet> wait = pets.createPetAndWaitAsync(new NewPet(), fast(Duration.ofSeconds(10)));
    assertEquals("AVAILABLE", wait.future().get(10, TimeUnit.SECONDS).getStatus().getState().value());
  }

  @Test
  void asyncWaitFailsTheFutureOnAFailureState() {
    server.json("{\"pet_id\":7}").json("{\"status\":{\"state\":\"LOST\"}}");
    Wait<CreatePetResponse, Pet> wait = pets.createPetAndWaitAsync(new NewPet(), fast(Duration.ofSeconds(10)));
    ExecutionException e = assertThrows(ExecutionException.class, () -> wait.future().get(10, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof dev.brickapi.runtime.WaitFailedException);
    assertEquals("LOST", assertThrows(dev.brickapi.runtime.WaitFailedException.class, wait::get).state());
  }

  @Test
  void waitWithoutOptionsUsesTheDefaults() {
    server.json("{\"pet_id\":7}").json("{\"status\":{\"state\":\"PENDING\"}}").json("{\"status\":{\"state\":\"AVAILABLE\"}}");
    long start = System.nanoTime();
    Pet pet = pets.createPetAndWait(new NewPet());
    assertEquals("AVAILABLE", pet.getStatus().getState().value());
    long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
    assertTrue(ms >= 1000, "the defaults poll again after 1 s, waited " + ms + " ms");
  }

  @Test
  void waitingOnAnExistingPetPollsWithoutCreatingIt() {
    server.json("{\"status\":{\"state\":\"PENDING\"}}").json("{\"pet_id\":9,\"status\":{\"state\":\"AVAILABLE\"}}");
    Pet pet = pets.waitGetPetAvailable(9L, fast(Duration.ofSeconds(10)));
    assertEquals(9L, pet.getPetId());
    assertEquals(List.of("GET /api/1/pets/9", "GET /api/1/pets/9"),
        server.requests().stream().map(r -> r.method() + " " + r.pathAndQuery()).collect(Collectors.toList()));
  }

  @Test
  void waitingOnAnExistingPetAsyncFailsOnAFailureState() {
    server.json("{\"status\":{\"state\":\"LOST\",\"message\":\"ran away\"}}");
    CompletableFuture<Pet> future = pets.waitGetPetAvailableAsync(9L, fast(Duration.ofSeconds(10)));
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    assertEquals("ran away", ((dev.brickapi.runtime.WaitFailedException) e.getCause()).stateMessage());
  }

  @Test
  void aWaitBoundToTheRequestWaitsThroughTheSharedExistingResourceMethod() throws Exception {
    server.json("{}").json("{\"pet_id\":7,\"status\":{\"state\":\"AVAILABLE\"}}");
    assertEquals(7L, pets.restockPetAndWait(7L, fast(Duration.ofSeconds(10))).getPetId());
    server.json("{}").json("{\"pet_id\":7,\"status\":{\"state\":\"AVAILABLE\"}}");
    Wait<Void, Pet> wait = pets.restockPetAndWaitAsync(7L, fast(Duration.ofSeconds(10)));
    assertNull(wait.response(), "restockPet answers nothing");
    assertEquals(7L, wait.get().getPetId());
    assertEquals(List.of("POST /api/1/pets/7/restock", "GET /api/1/pets/7", "POST /api/1/pets/7/restock", "GET /api/1/pets/7"),
        server.requests().stream().map(r -> r.method() + " " + r.pathAndQuery()).collect(Collectors.toList()));
    assertEquals(4, java.util.Arrays.stream(PetsApi.class.getMethods()).filter(m -> m.getName().startsWith("waitGetPet")).count(),
        "one existing-resource wait for createPet and restockPet: blocking and async, with and without options");
  }

  @Test
  void theFirstResponseIsVisibleBeforeTheWaitEnds() throws Exception {
    CountDownLatch available = new CountDownLatch(1);
    server.json("{\"pet_id\":7}").json("{\"status\":{\"state\":\"PENDING\"}}")
        .jsonAfter(available, "{\"pet_id\":7,\"status\":{\"state\":\"AVAILABLE\"}}");
    Wait<CreatePetResponse, Pet> wait = pets.createPetAndWaitAsync(new NewPet().setName("Rex"), fast(Duration.ofSeconds(10)));
    assertEquals(7L, wait.response().getPetId());
    assertFalse(wait.isDone(), "the pet is not available yet");
    available.countDown();
    assertEquals("AVAILABLE", wait.get().getStatus().getState().value());
  }

  @Test
  void asyncWaitReturnsBeforeTheFirstCallAnswers() throws Exception {
    CountDownLatch created = new CountDownLatch(1);
    server.jsonAfter(created, "{\"pet_id\":7}").json("{\"status\":{\"state\":\"AVAILABLE\"}}");
    Wait<CreatePetResponse, Pet> wait = pets.createPetAndWaitAsync(new NewPet(), fast(Duration.ofSeconds(10)));
    assertFalse(wait.started().isDone(), "returned while createPet is still on the wire");
    created.countDown();
    assertEquals(7L, wait.started().get(10, TimeUnit.SECONDS).getPetId());
    assertEquals("AVAILABLE", wait.get().getStatus().getState().value());
  }

  @Test
  void aFailingFirstCallFailsTheAsyncWaitWithItsException() {
    server.json(400, "{\"error_code\":\"INVALID_PARAMETER_VALUE\"}");
    Wait<CreatePetResponse, Pet> wait = pets.createPetAndWaitAsync(new NewPet(), fast(Duration.ofSeconds(10)));
    assertEquals(400, assertThrows(dev.brickapi.runtime.DatabricksException.class, wait::response).status());
    assertThrows(dev.brickapi.runtime.DatabricksException.class, wait::get);
    assertEquals(1, server.requests().size(), "nothing is polled after a failed call");
  }

  @Test
  void interruptingABlockingWaitIsNotATimeout() throws Exception {
    for (int i = 0; i < 500; i++) {
      server.json("{\"status\":{\"state\":\"PENDING\"}}");
    }
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread waiter = new Thread(() -> {
      try {
        pets.waitGetPetAvailable(9L, WaitOptions.<Pet>timeout(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20), Duration.ofMillis(20)));
      } catch (RuntimeException e) {
        thrown.set(e);
      }
    });
    waiter.start();
    while (server.requests().isEmpty()) {
      Thread.sleep(1);
    }
    waiter.interrupt();
    waiter.join(10_000);
    assertTrue(thrown.get() instanceof dev.brickapi.runtime.WaitInterruptedException, "thrown: " + thrown.get());
    assertEquals("PENDING", ((dev.brickapi.runtime.WaitInterruptedException) thrown.get()).lastState());
  }

  @Test
  void interruptingAThreadBlockedOnAnAsyncWaitIsNotATimeout() throws Exception {
    CountDownLatch created = new CountDownLatch(1);
    server.jsonAfter(created, "{\"pet_id\":7}").json("{\"status\":{\"state\":\"AVAILABLE\"}}");
    Wait<CreatePetResponse, Pet> wait = pets.createPetAndWaitAsync(new NewPet(), fast(Duration.ofSeconds(10)));
    Thread.currentThread().interrupt();
    try {
      assertThrows(dev.brickapi.runtime.WaitInterruptedException.class, wait::response);
      assertTrue(Thread.interrupted(), "the interrupt status is set again");
    } finally {
      created.countDown();
    }
    assertEquals("AVAILABLE", wait.get().getStatus().getState().value(), "the wait went on");
  }
}
