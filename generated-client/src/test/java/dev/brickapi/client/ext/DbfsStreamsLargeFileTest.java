package dev.brickapi.client.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.client.testing.FakeDbfs;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.TestClients;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file larger than this JVM's heap goes up and down through DBFS streams. Surefire runs this class alone with
 * {@code -Xmx64m} (see the pom); the fake server digests uploads and makes downloads up, holding neither.
 */
class DbfsStreamsLargeFileTest {
  private static final long SIZE = 96L * 1024 * 1024 + 12345;

  @TempDir
  Path folder;

  @Test
  void fileLargerThanTheHeapGoesUpAndDownInBoundedMemory() throws Exception {
    long heap = Runtime.getRuntime().maxMemory();
    assertTrue(SIZE > heap, "the file (" + SIZE + ") must be larger than the heap (" + heap + ")");
    Path file = folder.resolve("large.bin");
    MessageDigest written = FakeDbfs.sha256();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      byte[] chunk = new byte[1 << 16];
      for (long offset = 0; offset < SIZE; offset += chunk.length) {
        int n = (int) Math.min(chunk.length, SIZE - offset);
        for (int i = 0; i < n; i++) {
          chunk[i] = FakeDbfs.byteAt(offset + i);
        }
        out.write(chunk, 0, n);
        written.update(chunk, 0, n);
      }
    }
    String expected = FakeDbfs.hex(written.digest());
    FakeDbfs dbfs = new FakeDbfs(false).generated("/big/generated.bin", SIZE);
    try (LoopbackServer server = LoopbackServer.startUnrecorded(dbfs)) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).token("t").build());
      DbfsStreams streams = new DbfsStreams(client.dbfs());
      long[] last = new long[2];
      assertEquals(SIZE, streams.upload(file, "/big/up.bin", true, (done, total) -> {
        last[0] = done;
        last[1] = total;
      }));
      assertEquals(SIZE, last[0]);
      assertEquals(SIZE, last[1]);
      assertEquals(expected, dbfs.upload("/big/up.bin").sha256);

      MessageDigest read = FakeDbfs.sha256();
      long count = 0;
      try (InputStream in = streams.download("/big/generated.bin")) {
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) > 0) {
          read.update(buffer, 0, n);
          count += n;
        }
      }
      assertEquals(SIZE, count);
      assertEquals(expected, FakeDbfs.hex(read.digest()));
    }
  }
}
