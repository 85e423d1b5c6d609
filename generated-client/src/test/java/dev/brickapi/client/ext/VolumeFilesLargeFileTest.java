package dev.brickapi.client.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.client.service.files.v20.DownloadFileResponse;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.TestClients;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 512 MB up to a volume and back through the generated Files API calls, in a JVM whose heap is 64 MB (Surefire runs
 * this class alone with {@code -Xmx64m}, see the pom): neither side holds the file. The loopback server checks each
 * uploaded byte against the pattern and makes the download up as it writes it. Prints the old generation's peak.
 */
class VolumeFilesLargeFileTest {
  private static final long SIZE = 512L * 1024 * 1024;
  private static final String PATH = "/Volumes/main/default/landing/big.bin";

  private static byte at(long offset) {
    return (byte) (offset % 251);
  }

  private static InputStream pattern(long size) {
    return new InputStream() {
      long at;

      @Override
      public int read() {
        return at < size ? at(at++) & 0xff : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (at >= size) {
          return -1;
        }
        int n = (int) Math.min(len, size - at);
        for (int i = 0; i < n; i++) {
          b[off + i] = at(at + i);
        }
        at += n;
        return n;
      }
    };
  }

  /** PUT: counts the body's bytes that match the pattern; GET: the pattern; HEAD: its headers. */
  private static void serve(HttpExchange exchange, AtomicLong uploaded) throws IOException {
    String method = exchange.getRequestMethod();
    if (method.equals("PUT")) {
      long n = 0;
      boolean same = true;
      byte[] buffer = new byte[1 << 16];
      try (InputStream in = exchange.getRequestBody()) {
        for (int r; (r = in.read(buffer)) >= 0; n += r) {
          for (int i = 0; i < r && same; i++) {
            same = buffer[i] == at(n + i);
          }
        }
      }
      uploaded.set(same ? n : -n);
      exchange.sendResponseHeaders(204, -1);
      return;
    }
    exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
    exchange.getResponseHeaders().add("Last-Modified", "Wed, 02 Dec 2026 00:44:37 GMT");
    if (method.equals("HEAD")) {
      exchange.getResponseHeaders().add("Content-Length", Long.toString(SIZE));
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    exchange.sendResponseHeaders(200, SIZE);
    try (OutputStream out = exchange.getResponseBody(); InputStream in = pattern(SIZE)) {
      in.transferTo(out);
    }
  }

  /** The peak of the heap's old generation: what outlives a collection, where a buffered file would end up. */
  private static long oldGenerationPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
        peak = Math.max(peak, pool.getPeakUsage().getUsed());
      }
    }
    return peak;
  }

  @Test
  void halfAGigabyteGoesUpAndDownThroughTheGeneratedCallsInA64MbHeap() throws IOException {
    long heap = Runtime.getRuntime().maxMemory();
    assertTrue(SIZE > 4 * heap, "the file (" + SIZE + ") must dwarf the heap (" + heap + ")");
    AtomicLong uploaded = new AtomicLong();
    try (LoopbackServer server = LoopbackServer.startStreaming(exchange -> serve(exchange, uploaded))) {
      WorkspaceClient workspace = new WorkspaceClient(TestClients.config(server.url()).token("t").build());
      VolumeFiles volumes = workspace.volumeFiles();

      volumes.upload(pattern(SIZE), PATH, true);
      assertEquals(SIZE, uploaded.get(), "the server received every byte as sent");

      assertEquals(SIZE, workspace.files().getFileMetadata(PATH).getContentLength());
      long read = 0;
      boolean same = true;
      try (DownloadFileResponse answer = workspace.files().downloadFile(PATH)) {
        assertEquals(SIZE, answer.getContentLength());
        assertEquals("Wed, 02 Dec 2026 00:44:37 GMT", answer.getLastModified());
        InputStream in = answer.getContents();
        byte[] buffer = new byte[1 << 16];
        for (int r; (r = in.read(buffer)) >= 0; read += r) {
          for (int i = 0; i < r && same; i++) {
            same = buffer[i] == at(read + i);
          }
        }
      }
      assertEquals(SIZE, read);
      assertTrue(same, "the download is the pattern");

      long[] counted = new long[1];
      assertEquals(SIZE, volumes.download(PATH, new OutputStream() {
        @Override
        public void write(int b) {
          counted[0]++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
          counted[0] += len;
        }
      }));
      assertEquals(SIZE, counted[0]);
    }
    System.out.printf("Files API, %d MB up and twice down: heap max %d MB, old generation peak %.1f MB%n", SIZE >> 20,
        heap >> 20, oldGenerationPeak() / 1048576.0);
  }
}
