package dev.brickapi.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.NotFoundException;
import dev.brickapi.runtime.TransportException;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.TestClients;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request bodies streamed from an {@link UploadBody} and answers streamed through a {@link BinaryResponse}, on the
 * default transport: 512 MB each way with the calling thread allocating a few megabytes at most (a buffered body
 * would allocate its whole size), headers read as sent, errors still typed, a one-shot stream never resent.
 */
class StreamedBodyTest {
  private static final long SIZE = 512L * 1024 * 1024;
  private static final long ALLOCATION_BOUND = 64L * 1024 * 1024;

  interface Blobs {
    @RequestLine("PUT /api/2.0/fs/files{path}")
    @Headers("Content-Type: application/octet-stream")
    void upload(@Param("path") String path, UploadBody body);

    @RequestLine("GET /api/2.0/fs/files{path}")
    @Headers("Accept: application/octet-stream")
    BinaryResponse download(@Param("path") String path);

    @RequestLine("HEAD /api/2.0/fs/files{path}")
    BinaryResponse metadata(@Param("path") String path);
  }

  @TempDir
  Path dir;

  private static long allocatedByThisThread() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /** {@code size} bytes of a repeating pattern, made as they are read. */
  private static InputStream pattern(long size) {
    return new InputStream() {
      long at;

      @Override
      public int read() {
        return at < size ? (int) (at++ % 251) : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (at >= size) {
          return -1;
        }
        int n = (int) Math.min(len, size - at);
        for (int i = 0; i < n; i++) {
          b[off + i] = (byte) ((at + i) % 251);
        }
        at += n;
        return n;
      }
    };
  }

  /** Reads the request body to its end, checking it is the pattern; answers its length or 422 at a wrong byte. */
  private static void countPattern(HttpExchange exchange, long[] received) throws IOException {
    long n = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = exchange.getRequestBody()) {
      for (int r; (r = in.read(buffer)) >= 0; ) {
        for (int i = 0; i < r; i++) {
          if (buffer[i] != (byte) ((n + i) % 251)) {
            exchange.sendResponseHeaders(422, -1);
            return;
          }
        }
        n += r;
      }
    }
    received[0] = n;
    exchange.sendResponseHeaders(200, -1);
  }

  @Test
  void aHalfGigabyteUploadStreamsFromTheInputStream() throws IOException {
    long[] received = {-1};
    try (LoopbackServer server = LoopbackServer.startStreaming(exchange -> countPattern(exchange, received))) {
      Blobs blobs = ApiClient.workspace(TestClients.config(server.url()).token("t").build()).service(Blobs.class);
      long before = allocatedByThisThread();
      blobs.upload("/Volumes/main/default/v/big.bin", UploadBody.of(pattern(SIZE)));
      long allocated = allocatedByThisThread() - before;
      System.out.printf("upload of %d MB: the calling thread allocated %.1f MB%n", SIZE >> 20, allocated / 1048576.0);
      assertEquals(SIZE, received[0]);
      assertTrue(allocated < ALLOCATION_BOUND, "allocated " + allocated + " bytes for a " + SIZE + " byte upload");
    }
  }

  @Test
  void aHalfGigabyteDownloadIsReadFromTheConnection() throws IOException {
    try (LoopbackServer server = LoopbackServer.startStreaming(exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
      exchange.sendResponseHeaders(200, SIZE);
      try (OutputStream out = exchange.getResponseBody(); InputStream in = pattern(SIZE)) {
        in.transferTo(out);
      }
    })) {
      Blobs blobs = ApiClient.workspace(TestClients.config(server.url()).token("t").build()).service(Blobs.class);
      long before = allocatedByThisThread();
      long n = 0;
      boolean same = true;
      try (BinaryResponse answer = blobs.download("/Volumes/main/default/v/big.bin")) {
        assertEquals(SIZE, answer.headerLong("Content-Length"));
        InputStream in = answer.contents();
        byte[] buffer = new byte[64 * 1024];
        for (int r; (r = in.read(buffer)) >= 0; ) {
          for (int i = 0; i < r && same; i++) {
            same = buffer[i] == (byte) ((n + i) % 251);
          }
          n += r;
        }
      }
      long allocated = allocatedByThisThread() - before;
      System.out.printf("download of %d MB: the calling thread allocated %.1f MB%n", SIZE >> 20, allocated / 1048576.0);
      assertEquals(SIZE, n);
      assertTrue(same, "the bytes arrived as sent");
      assertTrue(allocated < ALLOCATION_BOUND, "allocated " + allocated + " bytes for a " + SIZE + " byte download");
    }
  }

  @Test
  void aDownloadClosedEarlyDropsTheConnectionInsteadOfReadingTheRest() throws Exception {
    CompletableFuture<Long> written = new CompletableFuture<>();
    try (LoopbackServer server = LoopbackServer.startStreaming(exchange -> {
      exchange.sendResponseHeaders(200, SIZE);
      long n = 0;
      try (OutputStream out = exchange.getResponseBody(); InputStream in = pattern(SIZE)) {
        byte[] buffer = new byte[64 * 1024];
        for (int r; (r = in.read(buffer)) >= 0; n += r) {
          out.write(buffer, 0, r);
        }
      } catch (IOException e) {
        // the client closed the connection
      }
      written.complete(n);
    })) {
      Blobs blobs = ApiClient.workspace(TestClients.config(server.url()).token("t").build()).service(Blobs.class);
      try (BinaryResponse answer = blobs.download("/big.bin")) {
        assertEquals(0, answer.contents().read());
      }
      long n = written.get(60, TimeUnit.SECONDS);
      assertTrue(n < SIZE, "the server wrote " + n + " of " + SIZE + " bytes before the connection closed");
    }
  }

  @Test
  void headersOfAHeadAnswerAreReadAsSent() throws IOException {
    try (LoopbackServer server = LoopbackServer.start(request -> LoopbackServer.Reply.bytes(200, "text/plain",
        new byte[0]).header("Content-Length", "12").header("Last-Modified", "Wed, 02 Dec 2026 00:00:00 GMT"))) {
      Blobs blobs = ApiClient.workspace(TestClients.config(server.url()).token("t").build()).service(Blobs.class);
      try (BinaryResponse answer = blobs.metadata("/Volumes/main/default/v/a b/c.txt")) {
        assertEquals(200, answer.status());
        assertEquals(12L, answer.headerLong("content-length"));
        assertEquals("text/plain", answer.header("Content-Type"));
        assertEquals("Wed, 02 Dec 2026 00:00:00 GMT", answer.header("Last-Modified"));
        assertNull(answer.header("ETag"));
        assertEquals(-1, answer.contents().read());
      }
      assertEquals("HEAD", server.requests().get(0).method);
      assertEquals("/api/2.0/fs/files/Volumes/main/default/v/a b/c.txt", server.requests().get(0).path,
          "slashes of the path parameter are sent as they are");
    }
  }

  @Test
  void aMalformedHeaderNamesItself() throws IOException {
    try (LoopbackServer server = LoopbackServer.start(request -> LoopbackServer.Reply.bytes(200, null, new byte[0])
        .header("Content-Length", "0").header("X-Size", "twelve"))) {
      Blobs blobs = ApiClient.workspace(TestClients.config(server.url()).token("t").build()).service(Blobs.class);
      try (BinaryResponse answer = blobs.metadata("/a")) {
        TransportException e = assertThrows(TransportException.class, () -> answer.headerLong("X-Size"));
        assertTrue(e.getMessage().contains("X-Size is not a number: 'twelve'"), e.getMessage());
      }
    }
  }

  @Test
  void aMissingFileIsNotFoundForStreamedCallsToo() throws IOException {
    try (LoopbackServer server = LoopbackServer.start(request -> LoopbackServer.Reply.json(404,
        "{\"error_code\":\"NOT_FOUND\",\"message\":\"The file does not exist\"}"))) {
      Blobs blobs = ApiClient.workspace(TestClients.config(server.url()).token("t").build()).service(Blobs.class);
      NotFoundException e = assertThrows(NotFoundException.class, () -> blobs.download("/Volumes/x/y/z/none"));
      assertEquals("NOT_FOUND", e.errorCode());
      assertThrows(NotFoundException.class, () -> blobs.upload("/Volumes/x/y/z/none", UploadBody.of(pattern(10))));
    }
  }

  @Test
  void aStreamIsSentOnceAndAFileAgainWhenTheServerAsksForARetry() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    try (LoopbackServer server = LoopbackServer.start(request -> calls.incrementAndGet() % 2 == 1
        ? LoopbackServer.Reply.json(503, "{\"error_code\":\"TEMPORARILY_UNAVAILABLE\",\"message\":\"busy\"}")
        : LoopbackServer.Reply.bytes(200, null, new byte[0]))) {
      Blobs blobs = ApiClient.workspace(TestClients.config(server.url()).token("t").build()).service(Blobs.class);
      TransportException once = assertThrows(TransportException.class,
          () -> blobs.upload("/a", UploadBody.of(pattern(100))));
      assertTrue(once.getMessage().contains("sent once and cannot be sent again"), once.getMessage());

      Path file = Files.write(dir.resolve("f.txt"), "hello files".getBytes(StandardCharsets.UTF_8));
      blobs.upload("/b", UploadBody.of(file));
      LoopbackServer.Recorded last = server.requests().get(server.requests().size() - 1);
      assertEquals("hello files", last.bodyText());
      assertEquals("11", last.header("Content-Length"));
      assertNull(last.header(UploadBody.HANDLE), "the runtime's handle never reaches the wire");
    }
  }
}
